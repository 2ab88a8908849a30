import { group } from "../../support/table";
import { testRule } from "../support/ruleTester";
import { TRACKED, TRACKED_NO_YEAR, trackedTask } from "../tracking/trackedTable";

testRule("tracking.date", {
  valid: [
    {
      name: "days of the plan's year (2025), written several ways",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "100", { progress: "Xong", completed: "01/01/2025" }),
        trackedTask("1.2", "100", { progress: "Xong", completed: "31-12-2025" }),
        trackedTask("1.3", "100", { progress: "Xong", completed: "5/3/2025" }),
        // The Quý I and year reports of 2025 count from 15/12/2024.
        trackedTask("1.4", "100", { progress: "Xong", completed: "15/12/2024" }),
        trackedTask("1.5", "100", { progress: "Xong", completed: "20/12/2024" }),
      ],
      options: TRACKED,
    },
    {
      name: "a day of any year when the plan's year is not known",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "100", { progress: "Xong", completed: "10/01/2019" }),
      ],
      options: TRACKED_NO_YEAR,
    },
  ],
  invalid: [
    {
      name: "a day before 15/12 of last year (a row copied from last year's tracking), or of next year",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "100", { progress: "Xong", completed: "14/12/2024" }),
        trackedTask("1.2", "100", { progress: "Xong", completed: "10/03/2024" }),
        trackedTask("1.3", "100", { progress: "Xong", completed: "01/01/2026" }),
      ],
      options: TRACKED,
      findings: [
        {
          cell: "I5",
          message:
            "Ngày hoàn thành của nhiệm vụ 1.1 (14/12/2024) không thuộc năm 2025 của kế hoạch (từ 15/12/2024 đến 31/12/2025).",
        },
        {
          cell: "I6",
          message:
            "Ngày hoàn thành của nhiệm vụ 1.2 (10/03/2024) không thuộc năm 2025 của kế hoạch (từ 15/12/2024 đến 31/12/2025).",
        },
        {
          cell: "I7",
          message:
            "Ngày hoàn thành của nhiệm vụ 1.3 (01/01/2026) không thuộc năm 2025 của kế hoạch (từ 15/12/2024 đến 31/12/2025).",
        },
      ],
    },
    {
      name: "no day: words, or a day that does not exist",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "100", { progress: "Xong", completed: "cuối tháng 3" }),
        trackedTask("1.2", "100", { progress: "Xong", completed: "31/04/2025" }),
      ],
      options: TRACKED,
      findings: [
        { cell: "I5", message: "Ngày hoàn thành của nhiệm vụ 1.1 không đọc được: “cuối tháng 3”." },
        { cell: "I6", message: "Ngày hoàn thành của nhiệm vụ 1.2 không đọc được: “31/04/2025”." },
      ],
    },
  ],
});
