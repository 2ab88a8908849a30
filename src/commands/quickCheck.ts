/*
 * "Kiểm tra nhanh" is a use case (src/usecases/quickCheck.ts) that commands.ts runs in Excel.run. This
 * name stays for the tests that still import it from here (tests/excel/apiVersions.test.ts).
 */
export { quickCheck } from "../usecases/quickCheck";
export type { QuickCheckResult } from "../usecases/quickCheck";
