import { group, headerWith } from "../../support/table";
import { testRule } from "../support/ruleTester";
import { TRACKED, trackedTask } from "../tracking/trackedTable";

testRule("tracking.undated", {
  valid: [
    {
      name: "done with a date; not done without one",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "100", { progress: "Đã hoàn thành", completed: "10/01/2025" }),
        trackedTask("1.2", "100", { progress: "Đang thực hiện" }),
      ],
      options: TRACKED,
    },
    {
      name: "a table with Tiến độ and no Ngày hoàn thành column: no cell to fill",
      rows: [["1", "Kế hoạch", "VP", "", "", "Quý I/2025", "100", "Xong"]],
      options: { header: headerWith("Kinh phí", "Tiến độ") },
    },
  ],
  invalid: [
    {
      name: "done without a date",
      rows: [group("1", "Chỉ đạo"), trackedTask("1.1", "100", { progress: "HT" })],
      options: TRACKED,
      findings: [
        {
          cell: "I5",
          message: "Nhiệm vụ 1.1 đã hoàn thành nhưng chưa ghi ngày hoàn thành.",
        },
      ],
    },
  ],
});
