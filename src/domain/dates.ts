/** A date as Vietnamese documents write it, read in UTC: 10/01/2020. */
export function dayMonthYear(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
