import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { Paragraph } from "docx";
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { z } from "zod";
import { cellText } from "../../src/domain/grid";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { wordFile } from "../docx/wordFiles";
import { phuluc, requireBuiltCommand } from "../support/phulucCommand";

const folder = mkdtempSync(path.join(tmpdir(), "phuluc-import-"));
const PLAN_FILE = path.resolve(__dirname, "../../samples/ke-hoach-long-dien-a-2023.txt");

beforeAll(() => requireBuiltCommand());
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `--format json`'s contract, exactly: no key more, none less. */
const importJson = z
  .object({
    rows: z.array(
      z
        .object({
          number: z.string(),
          task: z.string(),
          lead: z.string(),
          partners: z.string(),
          product: z.string(),
          schedule: z.string(),
          amount: z.number().int().nullable(),
        })
        .strict()
    ),
    unused: z.array(z.string()),
  })
  .strict();

const PLAN = [
  "KẾ HOẠCH",
  "Cải cách hành chính năm 2024",
  "II. NHIỆM VỤ",
  "1. Cải cách thể chế",
  "a) Rà soát văn bản quy phạm pháp luật",
  "- Cơ quan chủ trì: Tư pháp - Hộ tịch",
  "- Thời gian thực hiện: Quý II/2024",
  "- Kinh phí: 3.000.000 đồng",
  "Nơi nhận:",
].join("\n");

function file(name: string, content: string | Uint8Array): string {
  const at = path.join(folder, name);
  writeFileSync(at, content);
  return at;
}

describe("phuluc import", () => {
  test("--format json: exactly the rows, sections included with their lead empty, and the unused lines", () => {
    const run = phuluc("import", file("ke-hoach.txt", PLAN), "--format", "json");
    expect(run.code).toBe(0);
    const json = importJson.parse(JSON.parse(run.stdout));
    expect(json).toEqual({
      rows: [
        {
          number: "1",
          task: "Cải cách thể chế",
          lead: "",
          partners: "",
          product: "",
          schedule: "",
          amount: null,
        },
        {
          number: "1.1",
          task: "Rà soát văn bản quy phạm pháp luật",
          lead: "Tư pháp - Hộ tịch",
          partners: "",
          product: "",
          schedule: "Quý II/2024",
          amount: 3_000_000,
        },
      ],
      unused: ["Nơi nhận:"],
    });
  });

  test("the narrative plan of xã Long Điền A: its 39 rows and its unused lines, as JSON", () => {
    const run = phuluc("import", PLAN_FILE, "--format", "json");
    expect(run.code).toBe(0);
    const json = importJson.parse(JSON.parse(run.stdout));
    expect(json.rows).toHaveLength(39);
    expect(json.unused).toContain("Nơi nhận:");
  });

  test("--letters keeps a), b) as the tasks' TT", () => {
    const run = phuluc("import", file("chu-cai.txt", PLAN), "--letters", "--format", "json");
    expect(JSON.parse(run.stdout).rows.map((row: { number: string }) => row.number)).toEqual([
      "1",
      "a)",
    ]);
  });

  test("-o writes the appendix workbook: the rows under the appendix's header, the group summed", () => {
    const out = path.join(folder, "phu-luc.xlsx");
    const run = phuluc("import", file("ghi.txt", PLAN), "-o", out, "--year", "2024");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(path.resolve(out));
    const [sheet] = readWorkbook(readFileSync(out));
    const texts = sheet.grid.rows.map((row) =>
      Array.from({ length: 7 }, (_, i) => cellText(row[i]))
    );
    const task = texts.find((row) => row[1] === "Rà soát văn bản quy phạm pháp luật");
    expect(task?.slice(0, 7)).toEqual([
      "1.1",
      "Rà soát văn bản quy phạm pháp luật",
      "Tư pháp - Hộ tịch",
      "",
      "",
      "Quý II/2024",
      "3000000",
    ]);
    const section = sheet.grid.rows.find((row) => cellText(row[1]) === "Cải cách thể chế");
    expect(section?.[6]).toMatchObject({
      value: 3_000_000,
      formula: expect.stringMatching(/^SUM\(/),
    });
    expect(texts.some((row) => row.join(" ").includes("NĂM 2024"))).toBe(true);
    // Never replaced without --force.
    const again = phuluc("import", file("ghi.txt", PLAN), "-o", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
  });

  test("-o onto the plan being read, under another name, is refused and the plan kept", () => {
    const plan = file("ke-hoach.txt", PLAN);
    const sameFile = path.join(folder, "ke-hoach.xlsx");
    linkSync(plan, sameFile);
    const run = phuluc("import", plan, "-o", sameFile, "--force");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `không ghi phụ lục vào “${sameFile}”: đó chính là tệp kế hoạch đang đọc`
    );
    expect(readFileSync(plan, "utf8")).toBe(PLAN);
  });

  test("a .docx with Word's automatic numbering", async () => {
    const docx = await wordFile([
      new Paragraph({ text: "NHIỆM VỤ", numbering: { reference: "parts", level: 0 } }),
      new Paragraph({
        text: "Cải cách thủ tục hành chính",
        numbering: { reference: "sections", level: 0 },
      }),
      new Paragraph({
        text: "Niêm yết công khai thủ tục",
        numbering: { reference: "tasks", level: 0 },
      }),
      new Paragraph({ text: "Cơ quan chủ trì: Văn phòng - Thống kê" }),
    ]);
    const run = phuluc("import", file("ke-hoach.docx", docx), "--format", "json");
    expect(run.code).toBe(0);
    expect(
      JSON.parse(run.stdout).rows.map((row: { number: string; lead: string }) => [
        row.number,
        row.lead,
      ])
    ).toEqual([
      ["1", ""],
      ["1.1", "Văn phòng - Thống kê"],
    ]);
  });

  test("a text in TCVN3 is converted, and the conversion said", () => {
    // "1. Cải cách thể chế" and its task, in TCVN3 (ABC) as a .VnTime document holds them.
    const tcvn3 = ["1. C¶i c¸ch thÓ chÕ", "a) Rµ so¸t v¨n b¶n", "- C¬ quan chñ tr×: T­ ph¸p"].join(
      "\n"
    );
    const run = phuluc(
      "import",
      file("tcvn3.txt", Buffer.from(tcvn3, "latin1")),
      "--format",
      "json"
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("TCVN3");
    const rows = JSON.parse(run.stdout).rows;
    expect(rows.map((row: { task: string; lead: string }) => [row.task, row.lead])).toEqual([
      ["Cải cách thể chế", ""],
      ["Rà soát văn bản", "Tư pháp"],
    ]);
  });

  test("bad input: an unknown type, a missing file, a damaged .docx, a text of no task — each said in Vietnamese", () => {
    const pdf = phuluc("import", file("ke-hoach.pdf", "%PDF-1.4"));
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain(".txt hoặc .docx");
    const missing = phuluc("import", path.join(folder, "khong-co.txt"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("khong-co.txt");
    const damaged = phuluc("import", file("hong.docx", "PK\u0003\u0004 hỏng"));
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/docx/);
    expect(damaged.stderr).not.toMatch(/at \w+ \(/);
    const none = phuluc(
      "import",
      file("thu.txt", "Kính gửi: Phòng Nội vụ"),
      "-o",
      path.join(folder, "x.xlsx")
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("không tìm thấy nhiệm vụ");
    expect(existsSync(path.join(folder, "x.xlsx"))).toBe(false);
  });

  test("wrong arguments: usage error, exit 2", () => {
    expect(phuluc("import").code).toBe(2);
    expect(phuluc("import", "a.txt", "b.txt").stderr).toContain("thừa tham số");
    expect(phuluc("import", "a.txt", "--year", "24").code).toBe(2);
    expect(phuluc("import", "a.txt", "-o", "a.csv").code).toBe(2);
  });
});
