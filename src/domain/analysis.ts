import { amountColumnView } from "./amountColumnView";
import { AmountColumn, Appendix } from "./appendix";
import { auditBudget, BudgetAudit } from "./budgetAudit";
import { FormulaCoverage, judgeFormulas } from "./formulaCoverage";
import { analyseSequence, NumberSequence } from "./numberSequence";
import { buildOutline, Outline } from "./outline";
import { readSchedules } from "./schedule/scheduleReadings";
import { ScheduleReading } from "./schedule/schedule";
import { analyseSources, SourceFault, withFaultsCorrected } from "./sourceSplit";

/** The tree of the table and its sums, as one Kinh phí column gives them. */
export interface ColumnAnalysis {
  /** The table as seen through the column (amountColumnView); for the main column, the table as read. */
  appendix: Appendix;
  /** The column, when the table has a Kinh phí column. */
  column: AmountColumn | undefined;
  /** Whether it is the main Kinh phí column (the Tổng số, else the first). */
  isMain: boolean;
  outline: Outline;
  budget: BudgetAudit;
  /** Subtotal and total formulas that add up other rows than their children: judged when first asked. */
  readonly formulas: FormulaCoverage;
}

/**
 * What the checks, the fixes and plan building share about a table, worked out once: the numbering
 * sequence, the outline and the budget audit of the table as read (`main`), and, where Kinh phí is split
 * into columns, where a row's sources and its Tổng số disagree and each column judged on its own.
 * What only some callers need (formula coverage, source faults, the other columns) is worked out when
 * first asked, once.
 */
export interface AppendixAnalysis {
  appendix: Appendix;
  sequence: NumberSequence;
  /** The table as read: its rows' amounts are the main Kinh phí column's. */
  main: ColumnAnalysis;
  /** Rows whose Tổng số and sources disagree, each at the cell to change (sourceSplit). */
  readonly sourceFaults: SourceFault[];
  /**
   * Each Kinh phí column judged on its own, a source fault placed in it read at its corrected value so
   * that the sums above do not report it again; `[main]` for a table with one Kinh phí column or none.
   */
  readonly columns: ColumnAnalysis[];
  /** Each row's "Thời gian thực hiện" read, by sheet row (scheduleReadings.ts): worked out when first asked. */
  readonly schedules: ReadonlyMap<number, ScheduleReading>;
}

export function analyseAppendix(appendix: Appendix): AppendixAnalysis {
  const sequence = analyseSequence(appendix.rows);
  const analyse = (view: Appendix, column: AmountColumn | undefined, isMain: boolean) => {
    const outline = buildOutline(view.rows, sequence);
    const budget = auditBudget(outline, view.total);
    let formulas: FormulaCoverage | undefined;
    const analysis: ColumnAnalysis = {
      appendix: view,
      column,
      isMain,
      outline,
      budget,
      get formulas() {
        return (formulas ??= judgeFormulas(view, outline));
      },
    };
    return analysis;
  };
  const amountColumns = appendix.amountColumns;
  const mainColumn = amountColumns.find((column) => column.column === appendix.columns.budget);
  const main = analyse(appendix, mainColumn, true);
  const split = amountColumns.length >= 2;
  let sourceFaults: SourceFault[] | undefined;
  let columns: ColumnAnalysis[] | undefined;
  let schedules: ReadonlyMap<number, ScheduleReading> | undefined;
  const faults = () =>
    (sourceFaults ??= split
      ? analyseSources(
          appendix,
          main.outline,
          (view) => analyse(view, undefined, false).budget.mismatches.length
        )
      : []);
  return {
    appendix,
    sequence,
    main,
    get sourceFaults() {
      return faults();
    },
    get columns() {
      columns ??= split
        ? amountColumns.map((column, index) => {
            const placed = faults().filter((fault) => fault.column === index);
            const view = withFaultsCorrected(amountColumnView(appendix, index), placed);
            return analyse(view, column, column === mainColumn);
          })
        : [main];
      return columns;
    },
    get schedules() {
      return (schedules ??= readSchedules(appendix));
    },
  };
}

/** The analysis given, which must be of this appendix, or a new one. */
export function analysisOf(appendix: Appendix, analysis?: AppendixAnalysis): AppendixAnalysis {
  if (!analysis) return analyseAppendix(appendix);
  if (analysis.appendix !== appendix) throw new Error("the analysis given is of another appendix");
  return analysis;
}
