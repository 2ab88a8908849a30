import { GridCell } from "../domain/grid";
import { ByteBudget } from "./byteBudget";
import { shiftFormula } from "./shiftFormula";

/**
 * The shared formulas of a sheet. A formula filled over a range is written once, on its first cell
 * (the master); the others name it by index and take it shifted. Written-out formulas count as
 * bytes read, or a short file filling one far would cost as much as a long one.
 */
export class SharedFormulas {
  private readonly masters = new Map<string, { formula: string; address: string }>();
  private readonly membersBeforeMaster: { cell: GridCell; index: string; address: string }[] = [];

  constructor(private readonly budget: ByteBudget) {}

  /** The cell at `address` shares formula `index`: it is the master when it has the formula. */
  add(cell: GridCell, index: string, address: string, formula: string): void {
    if (formula !== "") {
      cell.formula = formula;
      if (!this.masters.has(index)) this.masters.set(index, { formula, address });
      return;
    }
    const master = this.masters.get(index);
    if (master) cell.formula = this.shifted(master.formula, master.address, address);
    else this.membersBeforeMaster.push({ cell, index, address });
  }

  /** Gives the members read before their master its formula, once the sheet is read. */
  fillMembersBeforeMaster(): void {
    for (const { cell, index, address } of this.membersBeforeMaster) {
      const master = this.masters.get(index);
      if (master) cell.formula = this.shifted(master.formula, master.address, address);
    }
  }

  private shifted(formula: string, from: string, to: string): string {
    this.budget.spend(formula.length);
    return shiftFormula(formula, from, to);
  }
}
