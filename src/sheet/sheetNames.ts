const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX_LENGTH = 31;

/**
 * A sheet name Excel accepts that no existing sheet has (compared ignoring case): forbidden characters
 * dropped, at most 31 characters, and " (2)", " (3)" … added where the name is taken. A new sheet never
 * replaces one of the officer's.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const base =
    wanted
      .normalize("NFC")
      .replace(FORBIDDEN, " ")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Trang";
  const taken = new Set(existing.map((name) => name.normalize("NFC").toLocaleLowerCase("vi-VN")));
  const free = (name: string) => !taken.has(name.toLocaleLowerCase("vi-VN"));
  const first = base.slice(0, MAX_LENGTH).trim();
  if (free(first)) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length).trim()}${suffix}`;
    if (free(candidate)) return candidate;
  }
}

/** Whether two names are one sheet's, as Excel compares them: ignoring case. */
export function sameSheetName(a: string, b: string): boolean {
  return (
    a.normalize("NFC").toLocaleLowerCase("vi-VN") === b.normalize("NFC").toLocaleLowerCase("vi-VN")
  );
}

/** A reference to a range on another sheet: 'Danh mục'!$A$2:$A$200. */
export function sheetRange(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}
