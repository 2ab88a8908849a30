import { group } from "../../support/table";
import { testRule } from "../support/ruleTester";
import { TRACKED, trackedTask } from "../tracking/trackedTable";

testRule("tracking.progress", {
  valid: [
    {
      name: "the three values, in the words officers use, and blank",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "100", { progress: "Đã hoàn thành", completed: "10/01/2025" }),
        trackedTask("1.2", "100", { progress: "đang triển khai" }),
        trackedTask("1.3", "100", { progress: "Chưa" }),
        trackedTask("1.4", "100"),
      ],
      options: TRACKED,
    },
    {
      name: "a group's own Tiến độ is not judged: only tasks are",
      rows: [
        [...group("1", "Chỉ đạo"), "???"],
        trackedTask("1.1", "100", { progress: "Xong", completed: "10/01/2025" }),
      ],
      options: TRACKED,
    },
  ],
  invalid: [
    {
      name: "a Tiến độ that says none of them",
      rows: [group("1", "Chỉ đạo"), trackedTask("1.1", "100", { progress: "Tốt" })],
      options: TRACKED,
      findings: [
        {
          cell: "H5",
          row: 5,
          number: "1.1",
          message: "Tiến độ của nhiệm vụ 1.1 không đọc được: “Tốt”.",
          hint: "Chọn một trong ba giá trị: “Chưa thực hiện”, “Đang thực hiện” và “Đã hoàn thành”.",
        },
      ],
    },
  ],
});
