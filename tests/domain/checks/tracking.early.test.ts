import { group, SCHEDULE } from "../../support/table";
import { testRule } from "../support/ruleTester";
import { TRACKED, TRACKED_NO_YEAR, trackedTask } from "../tracking/trackedTable";

/** A tracked task whose Thời gian thực hiện is `schedule`. */
const scheduled = (number: string, schedule: string, completed: string) => {
  const row = [...trackedTask(number, "100", { progress: "Xong", completed })];
  row[5] = schedule;
  return row;
};

testRule("tracking.early", {
  valid: [
    {
      name: "done within or after its time; a deadline's time runs from 1 January",
      rows: [
        group("1", "Chỉ đạo"),
        scheduled("1.1", "Quý II/2025", "01/04/2025"),
        scheduled("1.2", "Quý II/2025", "15/07/2025"),
        scheduled("1.3", "Trước 31/3/2025", "02/01/2025"),
        scheduled("1.4", "Hàng tháng", "05/01/2025"),
        scheduled("1.5", "Khi có yêu cầu", "05/01/2025"),
      ],
      options: TRACKED,
    },
    {
      name: "the plan's year unknown: not judged",
      rows: [group("1", "Chỉ đạo"), scheduled("1.1", "Quý II/2025", "10/03/2025")],
      options: TRACKED_NO_YEAR,
    },
    {
      name: "a date outside the plan's year is tracking.date's, not this rule's",
      rows: [group("1", "Chỉ đạo"), scheduled("1.1", SCHEDULE, "10/12/2024")],
      options: TRACKED,
    },
  ],
  invalid: [
    {
      name: "done on 10/03 for a task of Quý II",
      rows: [group("1", "Chỉ đạo"), scheduled("1.1", "Quý II/2025", "10/03/2025")],
      options: TRACKED,
      findings: [
        {
          cell: "I5",
          message:
            "Nhiệm vụ 1.1 ghi hoàn thành ngày 10/03/2025, trước khi thời gian thực hiện (“Quý II/2025”) bắt đầu (01/04/2025).",
        },
      ],
    },
    {
      name: "several parts: the earliest one's start counts",
      rows: [
        group("1", "Chỉ đạo"),
        scheduled("1.1", "Quý II/2025 ban hành kế hoạch; tháng 11 năm 2025 sơ kết", "20/03/2025"),
        scheduled("1.2", "Quý II/2025 ban hành kế hoạch; tháng 11 năm 2025 sơ kết", "20/05/2025"),
      ],
      options: TRACKED,
      findings: [
        { cell: "I5", message: /trước khi thời gian thực hiện .* bắt đầu \(01\/04\/2025\)/ },
      ],
    },
  ],
});
