import { z } from "zod";
import { CheckReport, ErrorReport } from "./checkReport";
import { INPUT_PROBLEMS } from "./inputError";

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

/** The schemas and the types the command writes by must not drift apart: the type check says so. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type SchemasMatchTypes = [
  Holds<Same<z.infer<typeof checkReportSchema>, CheckReport>>,
  Holds<Same<z.infer<typeof errorReportSchema>, ErrorReport>>,
];
