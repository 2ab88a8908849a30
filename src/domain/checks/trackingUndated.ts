import { nameOf } from "../rowNames";
import { trackedTasks, trackingColumn } from "../tracking/trackedTasks";
import { defineRule } from "./support/rule";

/**
 * tracking.undated: a task marked done with Ngày hoàn thành left blank: the report cannot tell whether
 * it was done on time. A date that cannot be read is tracking.date's.
 */
export const trackingUndated = defineRule({
  id: "tracking.undated",
  stage: "table",
  severity: "warning",
  field: "cell",
  description: "Nhiệm vụ đã hoàn thành có ngày hoàn thành.",
  messages: {
    undated: (number: string) => `Nhiệm vụ ${number} đã hoàn thành nhưng chưa ghi ngày hoàn thành.`,
    undatedHint:
      "Ghi ngày hoàn thành (dd/mm/yyyy) để báo cáo biết nhiệm vụ hoàn thành đúng hạn hay trễ hạn.",
  },
  check: ({ appendix, outline }, { at, messages }) => {
    const column = trackingColumn(appendix, "completed");
    // Without a Ngày hoàn thành column there is no cell to fill: nothing to say per task.
    if (column === undefined) return [];
    return trackedTasks(outline).flatMap(({ row, tracking }) =>
      tracking.progress === "done" && tracking.completedText === ""
        ? [at(row, { column, message: messages.undated(nameOf(row)), hint: messages.undatedHint })]
        : []
    );
  },
});
