import { z } from "zod";
import { CheckReport, ErrorReport } from "./checkReport";
import { INPUT_PROBLEMS } from "./inputError";
import { PeriodReportJson } from "./periodReportJson";
import { PERIOD_IDS } from "../domain/report/periods";

/**
 * The JSON contracts of `phuluc check --format json`, as schemas. Only the tests load this file:
 * zod would cost the command a good part of its start-up for checks it does not need to make.
 */
export const checkReportSchema = z.strictObject({
  file: z.string(),
  sheet: z.string(),
  findings: z.array(
    z.strictObject({
      rule: z.string(),
      severity: z.enum(["error", "warning", "info"]),
      row: z.number().int().positive(),
      cell: z.string().regex(/^[A-Z]+\d+$/),
      number: z.string().nullable(),
      message: z.string(),
      expected: z.number().int().nullable(),
      actual: z.number().int().nullable(),
      hint: z.string().nullable(),
    })
  ),
  summary: z.strictObject({
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
  }),
});

/** Printed on stdout, with exit code 2, when the file cannot be checked. */
export const errorReportSchema = z.strictObject({
  file: z.string(),
  error: z.strictObject({
    code: z.enum(INPUT_PROBLEMS),
    message: z.string().min(1),
  }),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const row = z.number().int().positive();
const count = z.number().int().nonnegative();
/** Whole đồng, as the appendix's amounts are; a negative one is a table's fault, not the JSON's. */
const dong = z.number().int();

/** `phuluc report --format json`: the period, then every task once, the counts, by unit, by section. */
export const periodReportSchema = z.strictObject({
  file: z.string(),
  sheet: z.string(),
  period: z.enum(PERIOD_IDS),
  year: z.number().int(),
  window: z.strictObject({ from: day, to: day }),
  due: day,
  asOf: day,
  tasks: z.array(
    z.strictObject({
      row,
      number: z.string().nullable(),
      task: z.string(),
      lead: z.string(),
      units: z.array(z.string()),
      schedule: z.string(),
      list: z.enum(["period", "on-demand", "outside"]),
      deadline: day.nullable(),
      status: z.enum(["not-started", "in-progress", "done"]).nullable(),
      completed: day.nullable(),
      overdue: z.boolean(),
      late: z.boolean(),
      planned: dong.nullable(),
      spent: dong.nullable(),
    })
  ),
  summary: z.strictObject({
    inPeriod: count,
    done: count,
    late: count,
    overdue: count,
    inProgress: count,
    notStarted: count,
    onDemand: count,
    planned: dong,
    spent: dong,
  }),
  byUnit: z.array(
    z.strictObject({
      unit: z.string(),
      rows: z.array(row),
      tasks: count,
      done: count,
      overdue: count,
      planned: dong,
      spent: dong,
    })
  ),
  bySection: z.array(
    z.strictObject({
      number: z.string(),
      title: z.string(),
      rows: z.array(row),
      tasks: count,
      done: count,
      planned: dong,
      spent: dong,
    })
  ),
});

/** The schemas and the types the command writes by must not drift apart: the type check says so. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type SchemasMatchTypes = [
  Holds<Same<z.infer<typeof checkReportSchema>, CheckReport>>,
  Holds<Same<z.infer<typeof errorReportSchema>, ErrorReport>>,
  Holds<Same<z.infer<typeof periodReportSchema>, PeriodReportJson>>,
];
