import { WorkbookError } from "./workbookError";

/** What one file may make the reader hold. Past any of them the file is refused as "too-large". */
export interface ReadLimits {
  /**
   * Uncompressed bytes of the parts read from one file (the workbook, its shared strings and
   * styles, each sheet every time it is read), each part and all of them together: a part
   * declaring more than is left is refused before it is inflated, and inflated bytes are counted as
   * they come, since declared sizes can lie. Shared formulas written out for the cells sharing
   * them count too.
   */
  maxPartBytes: number;
  /** The last sheet row holding a value. */
  maxRows: number;
  /** Cells holding a value or a formula on one sheet; merged areas are counted against it too. */
  maxCells: number;
}

/**
 * An appendix has tens to a few thousand rows of about ten columns: the 10,000-row appendix of the
 * benchmark is 3.7 MB of XML (a 2.7 MB sheet, 0.9 MB of shared strings) and 66,000 cells.
 * - 24 MiB of XML: the benchmark also reads a 50,000-row appendix, about 18.5 MB as ExcelJS writes
 *   it. Crafted files stay cheap: XML of nothing but tiny elements or one long attribute parses at
 *   only 15–30 MB/s, so a file of 1 MB or less whose parts lie about their size costs under 2 s and
 *   about 130 MiB before it is refused (64 MiB took 2–3.5 s and up to 350 MiB). The parts of a file
 *   share the 24 MiB, or a small file naming many such parts would cost that much for each.
 * - 100,000 rows: ten times the largest appendix measured.
 * - 1,000,000 cells: fifteen times the benchmark's 10,000 rows; at about 50 bytes a cell, grids
 *   stay under 100 MiB.
 */
export const READ_LIMITS: ReadLimits = Object.freeze({
  maxPartBytes: 24 * 1024 * 1024,
  maxRows: 100_000,
  maxCells: 1_000_000,
});

/** `limits`, READ_LIMITS for those not given. */
export function limitsWithDefaults(limits: Partial<ReadLimits> = {}): ReadLimits {
  return {
    maxPartBytes: limits.maxPartBytes ?? READ_LIMITS.maxPartBytes,
    maxRows: limits.maxRows ?? READ_LIMITS.maxRows,
    maxCells: limits.maxCells ?? READ_LIMITS.maxCells,
  };
}

export function tooLarge(what: "bytes" | "rows" | "cells", value: number): never {
  throw new WorkbookError("too-large", { what, value });
}
