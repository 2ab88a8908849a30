import { LEAD, PARTNERS, PRODUCT, group, Row } from "../../support/table";
import { testRule } from "../support/ruleTester";

const timed = (number: string, name: string, schedule: string): Row => [
  number,
  name,
  LEAD,
  PARTNERS,
  PRODUCT,
  schedule,
  "",
];

/** The title block of a 2025 plan: the header row is then row 4. */
const plan2025: Row[] = [["PHỤ LỤC"], ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"], []];

testRule("schedule.stale", {
  valid: [
    {
      name: "the plan's year, no year, and a time going on into the plan's year",
      rows: [
        group("1", "Công tác chỉ đạo điều hành"), // row 5
        timed("1.1", "Ban hành kế hoạch", "Trước 10/01/2025"),
        timed("1.2", "Báo cáo", "Quý I, II"),
        timed("1.3", "Tuyên truyền", "Quý I/2024 và những năm tiếp theo"),
        timed("1.4", "Kiểm tra", "Giai đoạn 2021 - 2025"),
      ],
      options: { above: plan2025 },
    },
    {
      name: "no title: the plan's year is unknown, so no year can be stale",
      rows: [
        group("1", "Công tác chỉ đạo điều hành"), // row 2
        timed("1.1", "Ban hành kế hoạch", "Trước 10/01/2024"),
        timed("1.2", "Báo cáo", "Quý I/2025"),
      ],
    },
  ],
  invalid: [
    {
      name: "last year's dates in this year's plan, at each schedule cell",
      rows: [
        group("1", "Công tác chỉ đạo điều hành"), // row 5
        timed("1.1", "Ban hành kế hoạch", "Trước 10/01/2024"), // row 6
        timed("1.2", "Báo cáo", "Quý I/2025"), // row 7
        timed("1.3", "Sơ kết", "Quý II/2024 ban hành kế hoạch; tháng 11 năm 2023 sơ kết"), // row 8
      ],
      options: { above: plan2025 },
      findings: [
        {
          cell: "F6",
          number: "1.1",
          message: "Thời gian thực hiện ghi năm 2024, trước năm của kế hoạch (2025).",
          hint: "Kế hoạch chép từ năm trước? Sửa năm thành 2025 (hoặc ghi đúng năm thực hiện).",
        },
        {
          cell: "F8",
          message: "Thời gian thực hiện ghi năm 2024 và 2023, trước năm của kế hoạch (2025).",
        },
      ],
    },
  ],
});
