/**
 * The code "Nhập từ Kế hoạch" runs in the pane, in one module loaded when a plan is first read
 * (./loadPlanImport): the plan reader, and the appendix's layout and check of what it read.
 */
export { importPlanText } from "../../domain/planText/importPlanText";
export { importedAppendix } from "../../usecases/importPlan";
