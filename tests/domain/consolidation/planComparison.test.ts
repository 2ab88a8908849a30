import { describe, expect, test } from "@jest/globals";
import { comparePlans, taskKey } from "../../../src/domain/consolidation/planComparison";
import { sourceFigures } from "../../../src/domain/consolidation/sourceFigures";
import { readDelimited } from "../../../src/domain/delimitedText";
import { readAppendix } from "../../../src/domain/readAppendix";

function figures(rows: string[]) {
  const header = "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí";
  return sourceFigures(readAppendix(readDelimited([header, ...rows].join("\n"), "\t")));
}

const Y2024 = figures([
  "1\tCông tác chỉ đạo, điều hành CCHC\t\t\t\t\t3.000.000",
  "1.1\tBan hành kế hoạch CCHC năm 2024\tVăn phòng\t\t\t\t1.000.000",
  "1.2\tKiểm tra công tác CCHC\tVăn phòng\t\t\t\t2.000.000",
  "2\tCải cách TTHC\t\t\t\t\t500.000",
  "2.1\tCông khai TTHC tại Bộ phận một cửa\tVăn phòng\t\t\t\t500.000",
]);
const Y2025 = figures([
  "1\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\t\t900.000",
  "1.1\tCông khai TTHC tại Bộ phận một cửa.\tVăn phòng\t\t\t\t900.000",
  "2\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC\t\t\t\t\t1.500.000",
  "2.1\tBan hành Kế hoạch CCHC năm 2025\tVăn phòng\t\t\t\t1.000.000",
  "2.2\tTổ chức hội nghị tổng kết\tVăn phòng\t\t\t\t500.000",
]);

describe("comparePlans: two years of one unit's plan", () => {
  test("a task is the same whatever its year, case and closing punctuation", () => {
    expect(taskKey("Ban hành kế hoạch CCHC năm 2024")).toBe(
      taskKey("Ban hành Kế hoạch CCHC năm 2025")
    );
    expect(taskKey("Kiểm tra công tác CCHC")).not.toBe(taskKey("Tổ chức hội nghị tổng kết"));
  });

  test("kept, added and dropped, each in its year's order", () => {
    const comparison = comparePlans(Y2024, Y2025);
    expect(comparison.kept.map(({ before, after }) => [before.text, after.text])).toEqual([
      ["Công khai TTHC tại Bộ phận một cửa", "Công khai TTHC tại Bộ phận một cửa."],
      ["Ban hành kế hoạch CCHC năm 2024", "Ban hành Kế hoạch CCHC năm 2025"],
    ]);
    expect(comparison.added.map((task) => task.text)).toEqual(["Tổ chức hội nghị tổng kết"]);
    expect(comparison.dropped.map((task) => task.text)).toEqual(["Kiểm tra công tác CCHC"]);
  });

  test("each area's budget in both years, matched by title", () => {
    expect(comparePlans(Y2024, Y2025).bySection).toEqual([
      {
        title: "Công tác chỉ đạo, điều hành CCHC",
        before: 3_000_000,
        after: 1_500_000,
        change: -1_500_000,
      },
      { title: "Cải cách TTHC", before: 500_000, after: 900_000, change: 400_000 },
    ]);
  });
});
