import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { z } from "zod";
import { cellText } from "../../src/domain/grid";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { phuluc, requireBuiltCommand } from "../support/phulucCommand";
import { TRACKED_TABLE } from "../support/trackedTable";

const folder = mkdtempSync(path.join(tmpdir(), "phuluc-consolidate-"));
beforeAll(() => requireBuiltCommand());
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `--format json`'s contract, exactly. */
const consolidationJson = z
  .object({
    sources: z.array(
      z
        .object({
          file: z.string(),
          sheet: z.string().nullable(),
          unit: z.string().nullable(),
          status: z.enum(["ok", "errors", "unreadable"]),
          message: z.string().nullable(),
          tasks: z.number().int(),
          planned: z.number().int().nullable(),
          plannedByRows: z.number().int().nullable(),
          errors: z.number().int(),
          warnings: z.number().int(),
        })
        .strict()
    ),
    total: z.object({ planned: z.number().int(), tasks: z.number().int() }).strict(),
    bySection: z.array(
      z.object({ title: z.string(), planned: z.number().int(), tasks: z.number().int() }).strict()
    ),
    byUnit: z.array(
      z.object({ unit: z.string(), tasks: z.number().int(), planned: z.number().int() }).strict()
    ),
  })
  .strict();

/** An appendix as a tab-separated file: the title block, the header, the rows, the total. */
function appendix(name: string, issuer: string, rows: string[], total: string): string {
  const file = path.join(folder, name);
  writeFileSync(
    file,
    [
      "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      `(Kèm theo Kế hoạch số 01/KH-UBND ngày 05 tháng 01 năm 2024 của ${issuer})`,
      "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí",
      ...rows,
      `\tTổng cộng\t\t\t\t\t${total}`,
    ].join("\n")
  );
  return file;
}

// Xã A: two areas, its tasks led by "Văn phòng – Thống kê" and "Tư pháp – Hộ tịch"; all sums right.
const CLEAN = () =>
  appendix(
    "xa-a.tsv",
    "UBND xã A",
    [
      "1\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\t\t\t\t\t3.000.000",
      "1.1\tBan hành kế hoạch\tVăn phòng – Thống kê\t\tKế hoạch\tQuý I/2024\t1.000.000",
      "1.2\tKiểm tra CCHC\tVăn phòng – Thống kê\t\tBáo cáo\tQuý III/2024\t2.000.000",
      "2\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\t\t500.000",
      "2.1\tCông khai TTHC\tTư pháp – Hộ tịch\t\tSổ\tQuý I/2024\t500.000",
    ],
    "3.500.000"
  );
// Xã B: the same areas in the other order and written otherwise, "VP-TK" for Văn phòng – Thống kê,
// and a section's sum written wrong (4.000.000 where its tasks add up to 1.500.000).
const WITH_SUM_ERROR = () =>
  appendix(
    "xa-b.tsv",
    "UBND xã B",
    [
      "1\tCẢI CÁCH TTHC\t\t\t\t\t4.000.000",
      "1.1\tNiêm yết TTHC\tVP-TK\t\tBảng niêm yết\tQuý II/2024\t1.500.000",
      "2\tCông tác chỉ đạo điều hành cải cách hành chính\t\t\t\t\t700.000",
      "2.1\tBáo cáo CCHC\tVP-TK\t\tBáo cáo\tQuý IV/2024\t700.000",
    ],
    "4.700.000"
  );

describe("phuluc consolidate", () => {
  test("every source listed, the readable ones summed by section and by unit; exit 1 for a source in error", () => {
    const broken = path.join(folder, "hong.xlsx");
    writeFileSync(broken, "không phải tệp Excel");
    const run = phuluc("consolidate", CLEAN(), WITH_SUM_ERROR(), broken, "--format", "json");
    expect(run.code).toBe(1);
    const json = consolidationJson.parse(JSON.parse(run.stdout));
    expect(
      json.sources.map(({ file, ...rest }) => ({ file: path.basename(file), ...rest }))
    ).toEqual([
      {
        file: "xa-a.tsv",
        sheet: "xa-a",
        unit: "UBND xã A",
        status: "ok",
        message: null,
        tasks: 3,
        planned: 3_500_000,
        plannedByRows: 3_500_000,
        errors: 0,
        warnings: 0,
      },
      {
        file: "xa-b.tsv",
        sheet: "xa-b",
        unit: "UBND xã B",
        status: "errors",
        message: null,
        tasks: 2,
        // As written, and as its rows add up: both, since they differ.
        planned: 4_700_000,
        plannedByRows: 2_200_000,
        errors: expect.any(Number),
        warnings: expect.any(Number),
      },
      {
        file: "hong.xlsx",
        sheet: null,
        unit: null,
        status: "unreadable",
        message: expect.stringMatching(/\S/),
        tasks: 0,
        planned: null,
        plannedByRows: null,
        errors: 0,
        warnings: 0,
      },
    ]);
    expect(json.sources[1].errors).toBeGreaterThan(0);
    // The readable sources' totals as written.
    expect(json.total).toEqual({ planned: 8_200_000, tasks: 5 });
    // Areas matched by their titles, whatever their number and wording.
    expect(json.bySection).toEqual([
      { title: expect.stringMatching(/CHỈ ĐẠO/i), planned: 3_000_000 + 700_000, tasks: 3 },
      {
        title: expect.stringMatching(/T(HỦ TỤC HÀNH CHÍNH|THC)/i),
        planned: 500_000 + 1_500_000,
        tasks: 2,
      },
    ]);
    // "VP-TK" is Văn phòng – Thống kê.
    expect(json.byUnit).toEqual([
      {
        unit: "Văn phòng – Thống kê",
        tasks: 4,
        planned: 1_000_000 + 2_000_000 + 1_500_000 + 700_000,
      },
      { unit: "Tư pháp – Hộ tịch", tasks: 1, planned: 500_000 },
    ]);
    expect(run.stderr).toContain("hong.xlsx");
  });

  test("exit 0 when every source is read without error; 2 when none can be read", () => {
    expect(phuluc("consolidate", CLEAN(), "--format", "json").code).toBe(0);
    const none = phuluc("consolidate", path.join(folder, "khong-co.xlsx"), "--format", "json");
    expect(none.code).toBe(2);
    expect(consolidationJson.parse(JSON.parse(none.stdout)).sources[0].status).toBe("unreadable");
    expect(none.stderr).toContain("không đọc được tệp nào");
  });

  test("the text summary names each source and the totals", () => {
    const run = phuluc("consolidate", CLEAN(), WITH_SUM_ERROR());
    expect(run.stdout).toContain("UBND xã A");
    expect(run.stdout).toContain("cộng theo các dòng: 2.200.000 đồng");
    expect(run.stdout).toContain("Cộng: 5 nhiệm vụ, kinh phí 8.200.000 đồng");
  });

  test("a progress line on stderr for a long run", () => {
    const clean = CLEAN();
    const run = phuluc(
      "consolidate",
      ...Array.from({ length: 60 }, () => clean),
      "--format",
      "json"
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("đã đọc 50/60 tệp");
    expect(consolidationJson.parse(JSON.parse(run.stdout)).total.tasks).toBe(180);
  });

  test("-o writes the summary sheet when a source was read, never when none was", () => {
    const out = path.join(folder, "tong-hop.xlsx");
    const run = phuluc("consolidate", CLEAN(), WITH_SUM_ERROR(), "-o", out);
    expect(run.code).toBe(1);
    const [sheet] = readWorkbook(readFileSync(out));
    expect(sheet.name).toBe("Tổng hợp");
    const texts = sheet.grid.rows.map((row) => row.map(cellText).join("|"));
    expect(texts.some((line) => line.includes("UBND xã B") && line.includes("Có lỗi"))).toBe(true);
    const none = path.join(folder, "khong-ghi.xlsx");
    expect(phuluc("consolidate", path.join(folder, "khong-co.xlsx"), "-o", none).code).toBe(2);
    expect(existsSync(none)).toBe(false);
    // Not replaced without --force.
    expect(phuluc("consolidate", CLEAN(), "-o", out).code).toBe(2);
  });

  test("-o onto one of the files it sums is refused, by name or by another name of the same file", () => {
    const source = CLEAN();
    const before = readFileSync(source);
    // Two more names of the appendix's file, each one a workbook's name.
    const [named, otherName] = ["cung-tep.xlsx", "cung-tep-2.xlsx"].map((name) => {
      const at = path.join(folder, name);
      linkSync(source, at);
      return at;
    });
    for (const out of [named, otherName]) {
      const run = phuluc("consolidate", named, "-o", out, "--force");
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `không ghi bảng tổng hợp vào “${out}”: đó chính là một tệp đang tổng hợp`
      );
    }
    expect(readFileSync(source).equals(before)).toBe(true);
  });

  test("--period: each source's tasks in the period, done, overdue and spent, as its report counts them", () => {
    const tracked = path.join(folder, "theo-doi.tsv");
    writeFileSync(tracked, TRACKED_TABLE);
    const run = phuluc("consolidate", tracked, "--period", "q1");
    // The 2024 plan's Quý I: 1.1 done late, 2.1 overdue, 2.3 not started; spent over the tasks the
    // report lists, in the period and on demand: 1.1's 900.000 and 2.2's 200.000.
    expect(run.stdout).toMatch(
      /quý I: 3 nhiệm vụ trong kỳ, đã hoàn thành 1, quá hạn 1, đã sử dụng 1\.100\.000 đồng/
    );
    // The JSON keeps its shape.
    const json = phuluc("consolidate", tracked, "--period", "q1", "--format", "json");
    consolidationJson.parse(JSON.parse(json.stdout));
    const out = path.join(folder, "tong-hop-quy-1.xlsx");
    expect(phuluc("consolidate", tracked, "--period", "q1", "-o", out).code).toBe(0);
    const [sheet] = readWorkbook(readFileSync(out));
    const header = sheet.grid.rows.find((row) => cellText(row[0]) === "TT") ?? [];
    const line = sheet.grid.rows.find((row) => cellText(row[1]).startsWith(tracked)) ?? [];
    expect(line.slice(10, 14).map((cell) => cell?.value)).toEqual([3, 1, 1, 1_100_000]);
    expect(header.map(cellText).slice(10)).toEqual([
      "Nhiệm vụ trong kỳ (quý I)",
      "Đã hoàn thành",
      "Quá hạn",
      "Kinh phí đã sử dụng (đồng)",
    ]);
    expect(phuluc("consolidate", tracked, "--period", "q5").code).toBe(2);
  });

  test("--compare: two years of one unit, tasks kept, added and dropped, each area's budget both years", () => {
    const year = (name: string, plan: string, rows: string[], total: string) => {
      const file = appendix(name, "UBND xã A", rows, total);
      writeFileSync(file, readFileSync(file, "utf8").replace("NĂM 2024", `NĂM ${plan}`));
      return file;
    };
    const before = year(
      "xa-a-2024.tsv",
      "2024",
      [
        "1\tCông tác chỉ đạo, điều hành CCHC\t\t\t\t\t3.000.000",
        "1.1\tBan hành kế hoạch CCHC năm 2024\tVăn phòng\t\t\t\t1.000.000",
        "1.2\tKiểm tra công tác CCHC\tVăn phòng\t\t\t\t2.000.000",
      ],
      "3.000.000"
    );
    const after = year(
      "xa-a-2025.tsv",
      "2025",
      [
        "1\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC\t\t\t\t\t1.500.000",
        "1.1\tBan hành Kế hoạch CCHC năm 2025\tVăn phòng\t\t\t\t1.000.000",
        "1.2\tTổ chức hội nghị tổng kết\tVăn phòng\t\t\t\t500.000",
      ],
      "1.500.000"
    );
    const json = phuluc("consolidate", before, after, "--compare", "--format", "json");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      kept: [
        { before: "Ban hành kế hoạch CCHC năm 2024", after: "Ban hành Kế hoạch CCHC năm 2025" },
      ],
      added: ["Tổ chức hội nghị tổng kết"],
      dropped: ["Kiểm tra công tác CCHC"],
      bySection: [
        {
          title: "Công tác chỉ đạo, điều hành CCHC",
          before: 3_000_000,
          after: 1_500_000,
          change: -1_500_000,
        },
      ],
    });
    const out = path.join(folder, "so-sanh.xlsx");
    const run = phuluc("consolidate", before, after, "--compare", "-o", out);
    expect(run.stdout).toContain("So sánh Năm 2024 và Năm 2025");
    expect(run.stdout).toContain("3.000.000 → 1.500.000 đồng (-1.500.000)");
    const [sheet] = readWorkbook(readFileSync(out));
    expect(sheet.name).toBe("So sánh");
    const change = sheet.grid.rows.find((row) => cellText(row[1]).startsWith("Công tác chỉ đạo"));
    expect(change?.[4]).toMatchObject({ value: -1_500_000, formula: "D7-C7" });
    expect(phuluc("consolidate", before, "--compare").code).toBe(2);
  });

  test("no file: a usage error", () => {
    expect(phuluc("consolidate").code).toBe(2);
  });
});
