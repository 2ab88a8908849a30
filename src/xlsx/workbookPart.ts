import { isOn } from "./ooxmlValues";
import { WorkbookError } from "./workbookError";
import { XmlVisitor } from "./xmlPart";

/** A sheet as the workbook part lists it. */
export interface ListedSheet {
  name: string;
  /** "visible", "hidden" or "veryHidden"; none is visible. */
  state?: string;
  /** The id of the relationship naming the sheet's part. */
  id?: string;
}

/** The workbook part: its sheets in tab order, and its date system. */
export class WorkbookPartVisitor implements XmlVisitor {
  readonly sheets: ListedSheet[] = [];
  date1904 = false;
  private started = false;
  private inSheets = false;

  open(name: string, attributes: Record<string, string>): void {
    if (!this.started) {
      this.started = true;
      if (name !== "workbook") throw new WorkbookError("not-a-workbook");
    }
    if (name === "workbookPr") this.date1904 = isOn(attributes.date1904 ?? "0");
    else if (name === "sheets") this.inSheets = true;
    else if (name === "sheet" && this.inSheets) {
      if (attributes.name === undefined) throw new WorkbookError("damaged");
      // The relationship id is r:id, whatever prefix the file gives the relationships namespace.
      const idKey = Object.keys(attributes).find((key) => key.endsWith(":id"));
      this.sheets.push({
        name: attributes.name,
        state: attributes.state,
        id: idKey === undefined ? undefined : attributes[idKey],
      });
    }
  }

  close(name: string): void {
    if (name === "sheets") this.inSheets = false;
  }

  text(): void {}
}
