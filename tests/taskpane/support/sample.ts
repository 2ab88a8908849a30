import { readFileSync } from "fs";
import path from "path";

/**
 * xã Thượng Lộ's 2020 appendix as a person copies it: the bundled text from its "TT" header line on
 * (the title lines above are left out), so the header is sheet row 1 of the pasted table.
 */
const allLines = readFileSync(
  path.join(__dirname, "..", "..", "..", "samples", "thuong-lo-2020.txt"),
  "utf8"
).split("\n");
const headerIndex = allLines.findIndex((line) => line.startsWith("TT\t"));
export const sampleLines = allLines.slice(headerIndex);
export const sampleText = sampleLines.join("\n");

/** The pasted table's row of the n-th line whose TT cell reads `number` (bold marks ignored). */
export function rowOf(number: string, occurrence = 1): number {
  let seen = 0;
  const index = sampleLines.findIndex(
    (line) => line.split("\t")[0].replace(/<\/?[bi]>/g, "") === number && ++seen === occurrence
  );
  if (index < 0) throw new Error(`no line of the sample has TT ${number}`);
  return index + 1;
}

/** The five faults of the sample, at the cells to change, computed from the text. */
export const sampleErrorCells = () => [
  `G${rowOf("1")}`,
  `A${rowOf("2,2,1")}`,
  `A${rowOf("5.1.2", 2)}`,
  `G${rowOf("5.2")}`,
  `A${rowOf("7.4.3", 2)}`,
];
