import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { once } from "events";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import path from "path";
import {
  CORRECT_TABLE_CSV,
  phuluc,
  requireBuiltCommand,
  SAMPLE_XLSX,
  startPhuluc,
} from "../support/phulucCommand";
import { checkReportSchema } from "../../src/cli/reportSchemas";
import { cellText } from "../../src/domain/grid";
import { readAppendix } from "../../src/domain/readAppendix";
import { readTitleBlock } from "../../src/domain/titleBlock";
import { openWorkbook, readWorkbook } from "../../src/xlsx/readWorkbook";
import { SAMPLE_TITLE_BLOCK } from "../support/sampleTitleBlock";

const sample = SAMPLE_XLSX;
const folder = mkdtempSync(path.join(tmpdir(), "phuluc-new-"));

function checkJson(file: string) {
  const run = phuluc("check", file, "--format", "json");
  return { code: run.code, report: checkReportSchema.parse(JSON.parse(run.stdout)) };
}

/** The written sheets as text, row by row (A1 is rows[0][0]). */
async function sheetTexts(file: string) {
  const workbook = openWorkbook(readFileSync(file));
  return workbook.sheets.map(({ name }) => ({
    name,
    rows: workbook.readSheet(name).rows.map((cells) => Array.from(cells, (cell) => cellText(cell))),
  }));
}

/** The title block above the appendix of a workbook's first sheet, as readTitleBlock reads it. */
function titleBlockOf(file: string) {
  const [{ grid }] = readWorkbook(readFileSync(file));
  return readTitleBlock(grid, readAppendix(grid).headerRow - grid.firstRow);
}

beforeAll(() => {
  requireBuiltCommand();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("phuluc new", () => {
  test("a blank appendix: written, and check finds only the tasks still to fill in", async () => {
    const file = path.join(folder, "trong.xlsx");
    const run = phuluc(
      "new",
      "-o",
      file,
      "--year",
      "2025",
      "--plan-number",
      "05",
      "--issuer",
      "UBND xã Hòa Bình"
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(file);

    const [appendix, units] = await sheetTexts(file);
    expect(appendix.name).toBe("Phụ lục");
    expect(appendix.rows[0][0]).toBe("PHỤ LỤC");
    expect(appendix.rows[1][0]).toBe(
      "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 VÀ DỰ TRÙ KINH PHÍ THỰC HIỆN"
    );
    expect(appendix.rows[2][0]).toBe(
      "(Kèm theo Kế hoạch số 05/KH-UBND ngày … tháng … năm 2025 của UBND xã Hòa Bình)"
    );
    expect(appendix.rows[5].slice(0, 2)).toEqual([
      "1",
      "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
    ]);
    expect(units.name).toBe("Danh mục");
    expect(units.rows[1][0]).toBe("Văn phòng – Thống kê");

    const { code, report } = checkJson(file);
    expect(code).toBe(0);
    expect(report.summary).toEqual({ errors: 0, warnings: 7, infos: 0 });
    // The seven areas each offer an empty first task (rows 7, 9, … 19): "write the task here".
    expect(
      report.findings.map(({ rule, severity, cell, number }) => ({ rule, severity, cell, number }))
    ).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((area) => ({
        rule: "field.required",
        severity: "warning",
        cell: `B${5 + 2 * area}`,
        number: `${area}.1`,
      }))
    );
  });

  test("the year defaults to this year", async () => {
    const file = path.join(folder, "nam-nay.xlsx");
    expect(phuluc("new", `--output=${file}`).code).toBe(0);
    const [appendix] = await sheetTexts(file);
    expect(appendix.rows[1][0]).toContain(`NĂM ${new Date().getFullYear()}`);
  });

  test("--from the sample: its title block kept, the differences said, and the new sheet checks with no error", async () => {
    const file = path.join(folder, "thuong-lo-nguyen.xlsx");
    const run = phuluc("new", "--from", sample, "-o", file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(file);
    expect(run.stderr).toBe(
      [
        "Giữ như bảng gốc: tiêu đề, số kế hoạch, ngày ký và cơ quan ban hành.",
        "Tổng cộng: bảng gốc ghi 34.900.000 đồng; phụ lục mới là 33.900.000 đồng, vì mỗi cộng mục " +
          "nay là công thức cộng các mục con của nó.",
        "Kinh phí đổi ở 2 dòng: mục 1: 12.900.000 → 11.900.000 (cộng các mục con); mục 5.2: " +
          "18.000.000 → để trống (số này là cộng mục của mục 5, nay mục 5 cộng các mục con).",
        "Đánh lại số thứ tự 3 dòng: 2,2,1 → 2.2.1; 5.1.2 → 5.1.3; 7.4.3 → 7.4.4.",
        `Chạy phuluc check “${sample}” để xem chỗ lệch trong bảng gốc.`,
      ]
        .map((note) => `phuluc: lưu ý: ${note}\n`)
        .join("")
    );

    const { code, report } = checkJson(file);
    expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(code).toBe(0);
    expect(titleBlockOf(file)).toEqual(titleBlockOf(sample));
    expect(titleBlockOf(sample)).toEqual(SAMPLE_TITLE_BLOCK);
  });

  test("--from the sample with a title and a plan number: sums become formulas that agree, the units list takes its leads", async () => {
    const file = path.join(folder, "thuong-lo.xlsx");
    const run = phuluc(
      "new",
      "--from",
      sample,
      "-o",
      file,
      "--title",
      "Tiêu đề",
      "--plan-number",
      "05"
    );
    expect(run.code).toBe(0);
    // What the options change of the title block, and the total that moves (see below), are said.
    expect(run.stderr).toContain(
      "phuluc: lưu ý: Giữ như bảng gốc: ngày ký và cơ quan ban hành.\n" +
        "phuluc: lưu ý: Tiêu đề: bảng gốc ghi “NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH " +
        "CHÍNH NĂM 2020 VÀ DỰ TRÙ KINH PHÍ ĐỂ THỰC HIỆN CÁC NHIỆM VỤ”; phụ lục mới ghi “TIÊU ĐỀ”.\n" +
        "phuluc: lưu ý: Số kế hoạch: bảng gốc ghi 01; phụ lục mới ghi 05.\n"
    );
    expect(run.stderr).toContain("bảng gốc ghi 34.900.000 đồng; phụ lục mới là 33.900.000 đồng");

    // Group 1's 12.900.000 is now the sum of its children, 11.900.000; the 18.000.000 on 5.2 goes
    // back to group 5, whose subtotal it was: 11.900.000 + 18.000.000 + 4.000.000. "2,2,1" is 2.2.1,
    // the second 5.1.2 is 5.1.3.
    const [appendix, units] = await sheetTexts(file);
    expect(appendix.rows[1][0]).toBe("TIÊU ĐỀ");
    expect(appendix.rows[2][0]).toBe(
      "(Kèm theo Kế hoạch số 05/KH-UBND ngày 06 tháng 01 năm 2020 của UBND xã Thượng Lộ)"
    );
    const row = (number: string) => appendix.rows.find((cells) => cells[0] === number) ?? [];
    expect(row("1")[6]).toBe("11900000");
    expect(row("2.2.1")[1]).toBe("Thực hiện các hoạt động về theo dõi THPL");
    expect(row("5.1.3")[0]).toBe("5.1.3");
    const total = appendix.rows.find((cells) => cells[1] === "Tổng cộng") ?? [];
    expect(total[6]).toBe("33900000");
    expect(row("5.2")[6] ?? "").toBe("");
    expect(units.rows.length).toBeGreaterThan(11);
  });

  test("--from the sample for another year: the title's year changes, the old plan's number and date are not carried over", async () => {
    const file = path.join(folder, "thuong-lo-2021.xlsx");
    const run = phuluc("new", "--from", sample, "-o", file, "--year", "2021");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "phuluc: lưu ý: Ngày ký: bảng gốc ghi ngày 06 tháng 01 năm 2020; phụ lục mới ghi ngày … tháng … năm 2021.\n"
    );
    const [appendix] = await sheetTexts(file);
    expect(appendix.rows[1][0]).toBe(
      "NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2021 VÀ DỰ TRÙ KINH PHÍ ĐỂ THỰC HIỆN CÁC NHIỆM VỤ"
    );
    expect(appendix.rows[2][0]).toBe(
      "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm 2021 của UBND xã Thượng Lộ)"
    );
  });

  test("--from a CSV with Roman sections gives an appendix with no finding", () => {
    const source = path.join(folder, "nguon.csv");
    writeFileSync(source, CORRECT_TABLE_CSV);
    const file = path.join(folder, "tu-csv.xlsx");
    const run = phuluc("new", "--from", source, "-o", file, "--year", "2025");
    expect(run.code).toBe(0);
    // The totals agree: only the title block, which a CSV has not, is said.
    expect(run.stderr).toBe(
      "phuluc: lưu ý: Bảng gốc không ghi tiêu đề, số kế hoạch, ngày ký và cơ quan ban hành; phụ lục " +
        "mới ghi tiêu đề “NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025 VÀ DỰ TRÙ KINH PHÍ THỰC HIỆN”, số kế " +
        "hoạch …, ký ngày … tháng … năm 2025 và cơ quan ban hành … (“…” là chỗ để điền sau).\n"
    );
    const { code, report } = checkJson(file);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  test("--from a table with Kinh phí split into sources names the columns it does not carry over", () => {
    const source = path.join(folder, "nguon-chia.tsv");
    writeFileSync(
      source,
      [
        "Kế hoạch cải cách hành chính năm 2025",
        "(Kèm theo Kế hoạch số 15/KH-UBND ngày 03 tháng 01 năm 2025 của UBND phường An Khánh)",
        "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí\t",
        "\t\t\t\t\t\tTổng số\tNgân sách xã",
        "1\tBan hành kế hoạch\tVăn phòng\tCác ban\tKế hoạch\tQuý I\t1.000.000\t1.000.000",
        "\tTổng cộng\t\t\t\t\t1.000.000\t1.000.000",
      ].join("\n")
    );
    const file = path.join(folder, "tu-bang-chia.xlsx");
    const run = phuluc("new", "--from", source, "-o", file);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "phuluc: lưu ý: Giữ như bảng gốc: tiêu đề, số kế hoạch, ngày ký và cơ quan ban hành.\n" +
        "phuluc: lưu ý: Bảng gốc chia kinh phí thành nhiều cột; phụ lục mới chỉ có một cột Kinh phí, " +
        "lấy từ cột “Tổng số”. Cột “Ngân sách xã” không được chép sang: hãy thêm lại nếu cần.\n"
    );
    expect(checkJson(file).code).toBe(0);
  });

  test("refuses to replace an existing file unless --force", () => {
    const file = path.join(folder, "da-co.xlsx");
    writeFileSync(file, "bảng của cán bộ");
    const refused = phuluc("new", "-o", file);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain(`tệp “${file}” đã có, không ghi đè`);
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe("bảng của cán bộ");

    const forced = phuluc("new", "-o", file, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("an unreadable --from or an output folder that does not exist exit 2 naming the file", () => {
    const file = path.join(folder, "khong-ghi.xlsx");
    const missing = path.join(folder, "khong-co.xlsx");
    const unread = phuluc("new", "--from", missing, "-o", file);
    expect(unread.code).toBe(2);
    expect(unread.stderr).toContain(`không đọc được “${missing}”: tệp không tồn tại`);
    expect(existsSync(file)).toBe(false);

    const nowhere = path.join(folder, "khong-co-thu-muc", "ra.xlsx");
    const unwritten = phuluc("new", "-o", nowhere);
    expect(unwritten.code).toBe(2);
    expect(unwritten.stderr).toContain(`không ghi được “${nowhere}”`);
  });

  test.each([
    [["new"], "thiếu tệp cần ghi"],
    [["new", "-o"], "tùy chọn -o cần một giá trị"],
    [["new", "-o", "ra.csv"], "phải có đuôi .xlsx"],
    [["new", "-o", "ra.xlsx", "--year", "25"], "năm “25” không hợp lệ"],
    [["new", "-o", "ra.xlsx", "--sheet", "Phụ lục"], "--sheet chỉ dùng cùng --from"],
    [["new", "-o", "ra.xlsx", "--verbose"], "tùy chọn “--verbose” không có"],
    [["new", "ra.xlsx"], "ra.xlsx”; tệp cần ghi đặt sau -o"],
  ])("wrong arguments %j exit 2 with the usage and write nothing", (args, why) => {
    const run = phuluc(...args.map((arg) => (arg === "ra.xlsx" ? path.join(folder, arg) : arg)));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(why);
    expect(run.stderr).toContain("phuluc new [--from TỆP");
    expect(existsSync(path.join(folder, "ra.xlsx"))).toBe(false);
  });
});

describe("phuluc new writes the whole file or nothing", () => {
  const OLD = "bảng của cán bộ, chưa lưu nơi khác";
  const holdWrite = path.join(__dirname, "fixtures", "holdWrite.js");

  /** A folder holding only FILE with the old text. */
  function folderWithOldFile(name: string) {
    const place = mkdtempSync(path.join(folder, `${name}-`));
    const file = path.join(place, "PHU-LUC.xlsx");
    writeFileSync(file, OLD);
    return { place, file };
  }

  test("success leaves the file and nothing else in its folder", () => {
    const place = mkdtempSync(path.join(folder, "gon-"));
    const file = path.join(place, "PHU-LUC.xlsx");
    expect(phuluc("new", "-o", file).code).toBe(0);
    expect(readdirSync(place)).toEqual(["PHU-LUC.xlsx"]);
  });

  test("-o naming a folder says so, with or without --force, and leaves it alone", () => {
    const place = path.join(folder, "thu-muc.xlsx");
    mkdirSync(place);
    for (const args of [[], ["--force"]]) {
      const run = phuluc("new", "-o", place, ...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        `phuluc: không ghi được “${place}”: “${place}” là một thư mục, không phải tệp; ghi tên tệp ` +
          `sau -o, ví dụ ${place}/PHU-LUC.xlsx.\n`
      );
      expect(readdirSync(place)).toEqual([]);
    }
  });

  test.each<[NodeJS.Signals, number]>([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ])(
    "%s while writing removes the unfinished file, keeps the old one, exits %i",
    async (signal, exit) => {
      const { place, file } = folderWithOldFile(signal);
      const child = startPhuluc({ preload: holdWrite }, "new", "-o", file, "--force");
      let stderr = "";
      child.stderr?.setEncoding("utf8");
      child.stderr?.on("data", (text: string) => (stderr += text));
      while (!stderr.includes("held")) await once(child.stderr!, "data");
      // The unfinished file is there, beside the old one, under a hidden temporary name.
      const during = readdirSync(place).filter((name) => name !== "PHU-LUC.xlsx");
      expect(during).toHaveLength(1);
      expect(during[0]).toMatch(/^\.PHU-LUC\.xlsx\.\d+\.[0-9a-f]+\.tmp$/);

      child.kill(signal);
      const [code] = await once(child, "exit");
      expect(code).toBe(exit);
      expect(stderr).toBe(`held\n\nphuluc: đã dừng; “${file}” không bị thay đổi.\n`);
      expect(readdirSync(place)).toEqual(["PHU-LUC.xlsx"]);
      expect(readFileSync(file, "utf8")).toBe(OLD);
    },
    30_000
  );

  test("a file made under the name while writing is not replaced (no --force)", async () => {
    const place = mkdtempSync(path.join(folder, "vua-tao-"));
    const file = path.join(place, "PHU-LUC.xlsx");
    const child = startPhuluc({ preload: holdWrite }, "new", "-o", file);
    let stderr = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (text: string) => (stderr += text));
    while (!stderr.includes("held")) await once(child.stderr!, "data");
    writeFileSync(file, OLD);
    child.kill("SIGUSR2");
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr).toContain(`tệp “${file}” đã có, không ghi đè`);
    expect(readdirSync(place)).toEqual(["PHU-LUC.xlsx"]);
    expect(readFileSync(file, "utf8")).toBe(OLD);
  }, 30_000);

  describe("on a disk that fills up (a 4 KiB tmpfs)", () => {
    const disk = path.join(folder, "o-nho");
    let mounted = false;
    let why = "";
    beforeAll(() => {
      mkdirSync(disk);
      const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "size=4k", "tmpfs", disk], {
        encoding: "utf8",
      });
      mounted = mount.status === 0;
      why = mount.error?.message ?? mount.stderr;
    });
    afterAll(() => {
      if (mounted) spawnSync("umount", [disk]);
    });

    test("a new file: exit 2, the disk is full, no partial file", () => {
      if (!mounted) {
        // Mounting needs root (CAP_SYS_ADMIN); without it this case cannot be made.
        console.warn(`skipped: cannot mount a tmpfs at ${disk}: ${why}`);
        return;
      }
      const file = path.join(disk, "PHU-LUC.xlsx");
      const run = phuluc("new", "-o", file);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        `phuluc: không ghi được “${file}”: ổ đĩa đã đầy; tệp cũ (nếu có) vẫn giữ nguyên. ` +
          "Hãy dọn bớt tệp rồi chạy lại.\n"
      );
      expect(readdirSync(disk)).toEqual([]);
    });

    test("replacing a file (--force): the old bytes stay as they were", () => {
      if (!mounted) {
        console.warn(`skipped: cannot mount a tmpfs at ${disk}: ${why}`);
        return;
      }
      const file = path.join(disk, "PHU-LUC.xlsx");
      writeFileSync(file, OLD);
      const before = readFileSync(file);
      const run = phuluc("new", "-o", file, "--force");
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("ổ đĩa đã đầy");
      expect(readdirSync(disk)).toEqual(["PHU-LUC.xlsx"]);
      expect(readFileSync(file).equals(before)).toBe(true);
    });
  });
});
