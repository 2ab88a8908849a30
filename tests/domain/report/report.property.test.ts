import fc from "fast-check";
import { describe, expect, test } from "@jest/globals";
import { GridCell } from "../../../src/domain/grid";
import { buildReport } from "../../../src/domain/report/buildReport";
import { DEFAULT_PERIODS } from "../../../src/domain/report/periods";
import { findAppendix } from "../../../src/domain/readAppendix";
import { readSchedule } from "../../../src/domain/schedule/readSchedule";

/** Words of schedule, lead and tracking cells, right and wrong, that tables are built from. */
const WORDS = [
  "1",
  "1.1",
  "1.2",
  "2",
  "2.1",
  "",
  "Trước 10/01/2024",
  "Trước 31/02/2024",
  "Chậm nhất ngày 15/3/2025",
  "Quý I/2024",
  "Quý 99/2024",
  "quý IV năm 2023",
  "Tháng 13/2024",
  "Tháng 12 năm 2024",
  "6 tháng đầu năm",
  "Hàng tháng",
  "02 lần/tháng",
  "Khi có yêu cầu",
  "từ tháng 6 đến tháng 3",
  "trước ngày 25 các tháng 2, 5, 8",
  "Năm 0000",
  "Trước 1/1/9999",
  "VP-TK",
  "Văn phòng - Thống kê xã, Tư pháp – Hộ tịch",
  "Các ban, ngành có liên quan",
  ",,,;;;",
  "Đã hoàn thành",
  "Đang thực hiện",
  "Chưa thực hiện",
  "xong",
  "15/02/2024",
  "31/04/2024",
  "99/99/9999",
  "12.900.000",
  "-5.000",
  "abc",
];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }
);
const cell = fc.oneof(
  { weight: 6, arbitrary: text.map<GridCell>((value) => ({ value })) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -1e6, max: 1e8 }).map<GridCell>((value) => ({ value })),
  },
  { weight: 1, arbitrary: fc.constant<GridCell>({ value: null }) }
);
const HEADER = [
  "TT",
  "Nhiệm vụ",
  "Chủ trì",
  "Phối hợp",
  "Sản phẩm",
  "Thời gian thực hiện",
  "Kinh phí",
  "Tiến độ",
  "Ngày hoàn thành",
  "Kinh phí đã sử dụng",
  "Kết quả",
].map<GridCell>((value) => ({ value }));
const table = fc.array(fc.array(cell, { minLength: 11, maxLength: 11 }), { maxLength: 25 });
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("reports of arbitrary tables", () => {
  test("every task in exactly one list, the counts adding up, dates real, in every period", () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1990, max: 2100 }), (rows, year) => {
        const found = findAppendix({ firstRow: 1, firstColumn: 1, rows: [HEADER, ...rows] });
        expect(found.found).toBe(true);
        if (!found.found) return;
        for (const period of DEFAULT_PERIODS) {
          const report = buildReport(found.appendix, { period, year });
          const { summary, tasks } = report;
          const lists = { period: 0, "on-demand": 0, outside: 0 };
          for (const task of tasks) {
            lists[task.list]++;
            if (task.list !== "period") expect(task.deadline).toBeNull();
            for (const day of [task.deadline, task.completed])
              if (day !== null) expect(day).toMatch(ISO);
            if (task.overdue) expect(task.status).not.toBe("done");
            if (task.late) expect(task.status).toBe("done");
          }
          expect(new Set(tasks.map((task) => task.row)).size).toBe(tasks.length);
          expect([summary.inPeriod, summary.onDemand]).toEqual([lists.period, lists["on-demand"]]);
          expect(summary.done + summary.inProgress + summary.notStarted).toBe(summary.inPeriod);
          expect(report.bySection.reduce((sum, line) => sum + line.tasks, 0)).toBe(
            summary.inPeriod + summary.onDemand
          );
        }
      }),
      { numRuns: 200 }
    );
  });

  test("a schedule cell of any text is read without error, its spans whole days in order", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.string({ maxLength: 60 }),
          fc.array(text).map((parts) => parts.join("; "))
        ),
        fc.integer({ min: 1990, max: 2100 }),
        (cell, year) => {
          const reading = readSchedule(cell, year);
          expect(["dated", "none", "unreadable"]).toContain(reading.kind);
          if (reading.kind !== "dated") expect(reading.parts).toEqual([]);
          for (const part of reading.parts) {
            expect(part.span.from).toMatch(ISO);
            expect(part.span.to).toMatch(ISO);
            expect(part.span.from <= part.span.to).toBe(true);
            if (part.due !== null) expect(part.due).toMatch(ISO);
          }
        }
      ),
      { numRuns: 1000 }
    );
  });
});
