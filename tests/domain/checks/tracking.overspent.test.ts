import { group } from "../../support/table";
import { testRule } from "../support/ruleTester";
import { TRACKED, trackedTask } from "../tracking/trackedTable";

testRule("tracking.overspent", {
  valid: [
    {
      name: "spent up to the planned amount; a task without a planned amount is not judged",
      rows: [
        group("1", "Chỉ đạo"),
        trackedTask("1.1", "1.000.000", { spent: "1.000.000" }),
        trackedTask("1.2", "1.000.000", { spent: "999.999" }),
        trackedTask("1.3", "Lồng ghép", { spent: "300.000" }),
      ],
      options: TRACKED,
    },
  ],
  invalid: [
    {
      name: "a task that spent more than its Kinh phí",
      rows: [group("1", "Chỉ đạo"), trackedTask("1.1", "1.000.000", { spent: "1.200.000" })],
      options: TRACKED,
      findings: [
        {
          cell: "J5",
          message:
            "Kinh phí đã sử dụng của nhiệm vụ 1.1 (1.200.000) vượt kinh phí thực hiện (1.000.000).",
          expected: 1_000_000,
          actual: 1_200_000,
        },
      ],
    },
    {
      name: "the table in triệu đồng and the spent column in đồng: compared in đồng",
      rows: [["1", "Kế hoạch", "VP", "", "", "Quý I/2025", "1,5", "", "", "2.000.000", ""]],
      options: {
        header: [
          "TT",
          "Nhiệm vụ",
          "Chủ trì",
          "Phối hợp",
          "Sản phẩm",
          "Thời gian",
          "Kinh phí (triệu đồng)",
          "Tiến độ",
          "Ngày hoàn thành",
          "Kinh phí đã sử dụng (đồng)",
          "Kết quả",
        ],
      },
      findings: [{ cell: "J2", expected: 1_500_000, actual: 2_000_000 }],
    },
  ],
});
