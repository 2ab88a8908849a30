// What the reader keeps of a cell's format, as bits: its font's bold and italic, and whether its
// number format shows a date.

export const BOLD = 1;
export const ITALIC = 2;
export const DATE = 4;
