export type PlanImportCode = typeof import("./planImportCode");

/** The plan reader, loaded as a chunk of its own the first time a plan is read: the pane opens without it. */
export const loadPlanImport = (): Promise<PlanImportCode> =>
  import(/* webpackChunkName: "plan-import" */ "./planImportCode");
