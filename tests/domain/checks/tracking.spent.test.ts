import { group } from "../../support/table";
import { testRule } from "../support/ruleTester";
import { TRACKED, trackedTask } from "../tracking/trackedTable";

testRule("tracking.spent", {
  valid: [
    {
      name: "amounts as officers write them, and blank",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "1.000.000", { spent: "900.000" }),
        trackedTask("1.2", "1.000.000", { spent: "500.000 đ" }),
        trackedTask("1.3", "1.000.000"),
      ],
      options: TRACKED,
    },
  ],
  invalid: [
    {
      name: "a spent amount that is no number, or badly grouped",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "1.000.000", { spent: "chưa rõ 5 triệu" }),
        trackedTask("1.2", "1.000.000", { spent: "500.00" }),
      ],
      options: TRACKED,
      findings: [
        {
          cell: "J5",
          message: "Kinh phí đã sử dụng của nhiệm vụ 1.1 không đọc được: “chưa rõ 5 triệu”.",
        },
        { cell: "J6", message: "Kinh phí đã sử dụng của nhiệm vụ 1.2 không đọc được: “500.00”." },
      ],
    },
  ],
});
