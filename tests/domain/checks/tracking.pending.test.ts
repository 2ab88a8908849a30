import { group } from "../../support/table";
import { testRule } from "../support/ruleTester";
import { TRACKED, trackedTask } from "../tracking/trackedTable";

testRule("tracking.pending", {
  valid: [
    {
      name: "a date on a done task; no date on the others; an unreadable Tiến độ left to tracking.progress",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "100", { progress: "Đã hoàn thành", completed: "10/01/2025" }),
        trackedTask("1.2", "100", { progress: "Đang thực hiện" }),
        trackedTask("1.3", "100", { progress: "???", completed: "10/01/2025" }),
      ],
      options: TRACKED,
    },
  ],
  invalid: [
    {
      name: "a date while Tiến độ says not finished, or nothing",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "100", { progress: "Đang thực hiện", completed: "10/01/2025" }),
        trackedTask("1.2", "100", { completed: "5/2/2025" }),
      ],
      options: TRACKED,
      findings: [
        {
          cell: "I5",
          message: "Nhiệm vụ 1.1 có ngày hoàn thành 10/01/2025 nhưng Tiến độ ghi “Đang thực hiện”.",
          // statusOf: a written Tiến độ wins; the date does not make the task done.
          hint: "Báo cáo tính theo Tiến độ: nhiệm vụ chưa hoàn thành, ngày hoàn thành không được tính. Nếu nhiệm vụ đã xong, chọn Tiến độ “Đã hoàn thành”; nếu chưa, xóa ngày hoàn thành.",
        },
        {
          cell: "I6",
          message: "Nhiệm vụ 1.2 có ngày hoàn thành 05/02/2025 nhưng chưa ghi Tiến độ.",
          // statusOf: with Tiến độ blank, a date says the task is done.
          hint: "Báo cáo tính nhiệm vụ này là đã hoàn thành vì có ngày hoàn thành. Chọn Tiến độ “Đã hoàn thành” cho rõ, hoặc xóa ngày nếu nhiệm vụ chưa xong.",
        },
      ],
    },
  ],
});
