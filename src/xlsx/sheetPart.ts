import { dateFromIso, dateFromSerial } from "../domain/excelDates";
import { cellAddress, Grid, GridCell } from "../domain/grid";
import { ByteBudget } from "./byteBudget";
import { BOLD, DATE, ITALIC } from "./formatFlags";
import { isOn, unescapeText } from "./ooxmlValues";
import { ReadLimits, tooLarge } from "./readLimits";
import { RichText } from "./richText";
import { SharedFormulas } from "./sharedFormulas";
import { SharedStrings } from "./sharedStrings";
import { Styles } from "./styles";
import { WorkbookError } from "./workbookError";
import { XmlVisitor } from "./xmlPart";

/** The last row and column of an Excel sheet: a cell past them is damage. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** Reads a sheet part: cells into a dense grid, merges, hidden rows. */
export class SheetPartVisitor implements XmlVisitor {
  private readonly rows: GridCell[][] = [];
  private readonly merges: string[] = [];
  private readonly hiddenRows = new Set<number>();
  private cells = 0;
  private readonly sharedFormulas: SharedFormulas;

  private inSheetData = false;
  private inMerges = false;
  private row = 0;
  private column = 0;

  // The cell being read.
  private inCell = false;
  private cellRow = 0;
  private cellType: string | undefined;
  private cellStyle = 0;
  private valueText: string | null = null;
  private formulaText: string | null = null;
  private formulaType: string | undefined;
  private formulaIndex: string | undefined;
  private inlineString: RichText | null = null;
  private inInline = false;
  private hadInline = false;
  private capturing = false;
  private buffer = "";

  constructor(
    private readonly strings: SharedStrings,
    private readonly styles: Styles,
    private readonly date1904: boolean,
    private readonly limits: ReadLimits,
    /** Shared formulas written out for the cells sharing them count as bytes read. */
    budget: ByteBudget
  ) {
    this.sharedFormulas = new SharedFormulas(budget);
  }

  grid(): Grid {
    this.sharedFormulas.fillMembersBeforeMaster();
    const last = this.rows.length;
    const hiddenRows = new Set([...this.hiddenRows].filter((row) => row <= last));
    return { firstRow: 1, firstColumn: 1, rows: this.rows, merges: this.merges, hiddenRows };
  }

  open(name: string, attributes: Record<string, string>): void {
    if (this.inCell) {
      if (this.inInline) this.inlineString!.open(name, attributes);
      else if (name === "v") this.startCapture();
      else if (name === "f") {
        this.startCapture();
        this.formulaType = attributes.t;
        this.formulaIndex = attributes.si;
      } else if (name === "is") {
        this.inInline = this.hadInline = true;
        this.inlineString ??= new RichText();
        this.inlineString.reset();
      }
      return;
    }
    if (this.inSheetData) {
      if (name === "c") this.startCell(attributes);
      else if (name === "row") this.startRow(attributes);
    } else if (name === "sheetData") this.inSheetData = true;
    else if (name === "mergeCells") this.inMerges = true;
    else if (name === "mergeCell" && this.inMerges && attributes.ref !== undefined) {
      if (this.merges.length >= this.limits.maxCells) tooLarge("cells", this.limits.maxCells);
      this.merges.push(attributes.ref);
    }
  }

  close(name: string): void {
    if (this.inCell) {
      if (this.inInline) {
        if (name === "is") this.inInline = false;
        else this.inlineString!.close(name);
      } else if (name === "v") {
        this.valueText = this.buffer;
        this.capturing = false;
      } else if (name === "f") {
        this.formulaText = this.buffer;
        this.capturing = false;
      } else if (name === "c") this.endCell();
      return;
    }
    if (name === "sheetData") this.inSheetData = false;
    else if (name === "mergeCells") this.inMerges = false;
  }

  text(text: string): void {
    if (this.capturing) this.buffer += text;
    else if (this.inInline) this.inlineString!.text(text);
  }

  private startCapture(): void {
    this.capturing = true;
    this.buffer = "";
  }

  private startRow(attributes: Record<string, string>): void {
    const number = attributes.r;
    this.row = number === undefined ? this.row + 1 : decimalNumber(number, 0);
    this.column = 0;
    if (this.row < 1 || this.row > MAX_ROW) throw new WorkbookError("damaged");
    if (isOn(attributes.hidden ?? "0") && this.row <= this.limits.maxRows)
      this.hiddenRows.add(this.row);
  }

  private startCell(attributes: Record<string, string>): void {
    const reference = attributes.r;
    let row = this.row;
    if (reference === undefined) this.column++;
    else {
      // "AB123" by character codes: letters to the column, digits (when present) to the row.
      let column = 0;
      let i = 0;
      for (; i < reference.length; i++) {
        const c = reference.charCodeAt(i) | 32;
        if (c < 97 || c > 122) break;
        column = column * 26 + c - 96;
        if (column > MAX_COLUMN) throw new WorkbookError("damaged");
      }
      this.column = i === 0 ? this.column + 1 : column;
      if (i < reference.length) row = decimalNumber(reference, i);
    }
    if (row < 1 || row > MAX_ROW || this.column > MAX_COLUMN) throw new WorkbookError("damaged");
    this.cellRow = row;
    this.inCell = true;
    this.cellType = attributes.t;
    const style = attributes.s;
    this.cellStyle = style === undefined ? 0 : (this.styles[decimalNumber(style, 0)] ?? 0);
    this.valueText = this.formulaText = null;
    this.inInline = this.hadInline = false;
    this.capturing = false;
  }

  private endCell(): void {
    this.inCell = false;
    this.capturing = false;
    const value = this.valueText;
    let flags = this.cellStyle;
    let cell: GridCell;
    switch (this.cellType) {
      case "s": {
        if (value === null || value === "") cell = { value: null };
        else {
          const index = decimalNumber(value, 0);
          const text = this.strings.strings[index];
          if (text === undefined) throw new WorkbookError("damaged");
          flags |= this.strings.flags[index];
          cell = { value: text };
        }
        break;
      }
      case "inlineStr":
        if (this.hadInline) {
          const inline = this.inlineString!;
          cell = { value: unescapeText(inline.value) };
          flags |= inline.flags();
        } else cell = { value: value === null ? null : unescapeText(value) };
        break;
      case "str":
        cell = { value: value === null ? null : unescapeText(value) };
        break;
      case "b":
        cell = { value: value === null || value === "" ? null : value === "1" || value === "true" };
        break;
      case "e":
        cell = value === null || value === "" ? { value: null } : { value: null, error: value };
        break;
      case "d":
        cell = { value: value === null || value === "" ? null : dateFromIso(value) };
        break;
      default: {
        if (value === null || value === "") cell = { value: null };
        else {
          const number = Number(value);
          if (Number.isNaN(number)) cell = { value };
          else if (flags & DATE) cell = { value: dateFromSerial(number, this.date1904) };
          else cell = { value: number };
        }
      }
    }
    const formula = this.formulaText;
    if (cell.value === null && cell.error === undefined && formula === null) return;
    this.place(cell);
    if (formula !== null) this.setFormula(cell, formula);
    if (flags & BOLD) cell.bold = true;
    if (flags & ITALIC) cell.italic = true;
  }

  private place(cell: GridCell): void {
    const row = this.cellRow;
    const { maxRows, maxCells } = this.limits;
    if (row > maxRows) tooLarge("rows", maxRows);
    if (++this.cells > maxCells) tooLarge("cells", maxCells);
    const rows = this.rows;
    while (rows.length < row) rows.push([]);
    rows[row - 1][this.column - 1] = cell;
  }

  private setFormula(cell: GridCell, text: string): void {
    const formula = text.charCodeAt(0) === 61 /* = */ ? text.slice(1) : text;
    const index = this.formulaIndex;
    if (this.formulaType === "shared" && index !== undefined)
      this.sharedFormulas.add(cell, index, cellAddress(this.column, this.cellRow), formula);
    else if (formula !== "") cell.formula = formula;
  }
}

/** The decimal digits of `text` from `from` on, as a number; -1 when there are none or others. */
function decimalNumber(text: string, from: number): number {
  let n = 0;
  if (from >= text.length || text.length - from > 9) return -1;
  for (let i = from; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}
