/** A share as Vietnamese write it, one decimal after a comma: 1.100.000 of 1.500.000 is "73,3%". */
export function percentText(part: number, whole: number): string {
  return `${(Math.round((part / whole) * 1000) / 10).toString().replace(".", ",")}%`;
}
