import { Field } from "../../columns";
import { Finding, Severity } from "../../finding";
import type { RuleId } from "../registry";
import { cellAddress } from "../../grid";
import { CheckContext } from "./context";

/**
 * Where a rule's findings come from:
 * - `file`: the front end reading a file, before there is a grid (its text encoding);
 * - `reader`: reading the grid into a table (rows skipped or merged, merged cells);
 * - `table`: judged once on the table (numbering, text columns, sources against their Tổng số);
 * - `column`: judged on each Kinh phí column of the table;
 * - `words`: judged on the "Bằng chữ" line, against the main Kinh phí column's total.
 */
export type RuleStage = "file" | "reader" | "table" | "column" | "words";

/**
 * The cell a rule's findings point at: a column of the table on the row concerned, the "Bằng chữ" line,
 * or a cell the finding names itself (the first filled cell of a row, the first cell of a merged area, A1).
 */
export type RuleTarget = Field | "words" | "cell";

/** What a rule says about itself, next to its check: the way typescript-eslint's rules carry `meta`. */
export interface RuleMeta<Id extends string, S extends Severity, M> {
  /** "tt.gap": the name findings, the JSON report and the help use. */
  id: Id;
  stage: RuleStage;
  /** The severity of its findings, or the severities it chooses between. */
  severity: S | readonly S[];
  /** What its findings point at: one target, or the ones it chooses between. */
  field: RuleTarget | readonly RuleTarget[];
  /** What it checks: one Vietnamese sentence for the help. */
  description: string;
  /** Its Vietnamese: every sentence its findings say, as typescript-eslint's `meta.messages`. */
  messages: M;
}

/** What a rule's finding says; where and how severe, when the rule does not decide it alone. */
export interface FindingDraft<S extends Severity = Severity> {
  message: string;
  hint?: string | null;
  expected?: number | null;
  actual?: number | null;
  /** Needed when the rule has several severities. */
  severity?: S;
  /** The column of the row, when the rule points at several; by default the rule's own field. */
  field?: Field;
  /** A sheet column, for a cell outside the seven fields' (another Kinh phí column, the words line). */
  column?: number;
}

/** A row of the table, or a sheet row beside it (the total, a place below the table). */
export type RowLike = { row: number; numberText?: string };

/** Made for a rule's check: its findings, at the cells of the table the check is looking at. */
export interface Report<S extends Severity, M> {
  messages: M;
  /** A finding at the row's cell in the rule's column (or the draft's `field` or `column`). */
  at(row: RowLike, draft: FindingDraft<S>): Finding;
}

export interface Rule<
  Id extends string = string,
  S extends Severity = Severity,
  M = unknown,
> extends RuleMeta<Id, S, M> {
  /** The severities its findings may have. */
  severities: readonly S[];
  /** The targets its findings may point at. */
  targets: readonly RuleTarget[];
  /** The check itself, for the rules judged on the table read (stages table, column and words). */
  check?: (context: CheckContext) => Finding[];
  /** A finding of this rule at a cell given by address: for the reader's and the file's notices. */
  finding(
    place: { row: number; cell: string; number?: string | null },
    draft: FindingDraft<S>
  ): Finding;
}

/** A rule as its file declares it: what it says about itself, and its check when it has one. */
export interface RuleDefinition<Id extends string, S extends Severity, M> extends RuleMeta<
  Id,
  S,
  M
> {
  check?: (context: CheckContext, report: Report<S, M>) => Finding[];
}

/** Declares a rule: its description and messages beside its check, and a way to report a finding. */
export function defineRule<const Id extends string, const S extends Severity, M>(
  definition: RuleDefinition<Id, S, M>
): Rule<Id, S, M> {
  const { check, ...meta } = definition;
  const severities: readonly S[] =
    typeof meta.severity === "string" ? [meta.severity] : (meta.severity as readonly S[]);
  const targets: readonly RuleTarget[] =
    typeof meta.field === "string" ? [meta.field] : (meta.field as readonly RuleTarget[]);
  const severityOf = (draft: FindingDraft<S>): S => {
    if (draft.severity !== undefined) return draft.severity;
    if (severities.length !== 1) throw new Error(`${meta.id}: a finding needs its severity`);
    return severities[0];
  };
  const make = (
    place: { row: number; cell: string; number?: string | null },
    draft: FindingDraft<S>
  ): Finding => ({
    rule: meta.id as string as RuleId,
    severity: severityOf(draft),
    row: place.row,
    cell: place.cell,
    number: place.number ? place.number : null,
    message: draft.message,
    expected: draft.expected ?? null,
    actual: draft.actual ?? null,
    hint: draft.hint ?? null,
  });
  const reportFor = (context: CheckContext): Report<S, M> => ({
    messages: meta.messages,
    at(row, draft) {
      const { columns } = context.appendix;
      const field = draft.field ?? (targets[0] as Field);
      const column = draft.column ?? columns[field] ?? columns.task ?? 1;
      return make(
        { row: row.row, cell: cellAddress(column, row.row), number: row.numberText },
        draft
      );
    },
  });
  return {
    ...meta,
    severities,
    targets,
    check: check && ((context) => check(context, reportFor(context))),
    finding: make,
  };
}
