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
import { openWorkbook } from "../../src/xlsx/readWorkbook";

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

  test("--from the sample: sums become formulas that agree, the units list takes its leads", async () => {
    const file = path.join(folder, "thuong-lo.xlsx");
    const run = phuluc("new", "--from", sample, "-o", file, "--year", "2020", "--title", "Tiêu đề");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(file);
    // The total moves (see below), and the command says so.
    expect(run.stderr).toContain(
      `Tổng cộng của tệp mới là 33.900.000 đồng, còn “${sample}” ghi 34.900.000 đồng`
    );

    const { code, report } = checkJson(file);
    // What new does not change stays for the officer: the duplicated 5.1.2 and 7.4.3.
    expect(code).toBe(1);
    expect(report.findings.map((finding) => [finding.rule, finding.number])).toEqual([
      ["tt.duplicate", "5.1.2"],
      ["tt.duplicate", "7.4.3"],
    ]);
    // Group 1's 12.900.000 is now the sum of its children, 11.900.000; the 18.000.000 on 5.2 goes
    // back to group 5, whose subtotal it was: 11.900.000 + 18.000.000 + 4.000.000. "2,2,1" is 2.2.1.
    const [appendix, units] = await sheetTexts(file);
    expect(appendix.rows[1][0]).toBe("TIÊU ĐỀ");
    const row = (number: string) => appendix.rows.find((cells) => cells[0] === number) ?? [];
    expect(row("1")[6]).toBe("11900000");
    expect(row("2.2.1")[1]).toBe("Thực hiện các hoạt động về theo dõi THPL");
    const total = appendix.rows.find((cells) => cells[1] === "Tổng cộng") ?? [];
    expect(total[6]).toBe("33900000");
    expect(row("5.2")[6] ?? "").toBe("");
    const unitNames = units.rows.map((cells) => cells[0]);
    expect(unitNames).toEqual(expect.arrayContaining(["Tư pháp – Hộ tịch", "Đảng ủy", "HĐND"]));
    // Not a unit: the people a task is about.
    expect(unitNames.some((name) => /sai phạm/.test(name ?? ""))).toBe(false);
  });

  test("--from a CSV with Roman sections gives an appendix with no finding", () => {
    const source = path.join(folder, "nguon.csv");
    writeFileSync(source, CORRECT_TABLE_CSV);
    const file = path.join(folder, "tu-csv.xlsx");
    const run = phuluc("new", "--from", source, "-o", file);
    expect(run.code).toBe(0);
    // The totals agree: nothing to say.
    expect(run.stderr).toBe("");
    const { code, report } = checkJson(file);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  test("--from a table with Kinh phí split into sources names the columns it does not carry over", () => {
    const source = path.join(folder, "nguon-chia.tsv");
    writeFileSync(
      source,
      [
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
      "phuluc: lưu ý: bảng nguồn chia kinh phí thành nhiều cột; bảng mới chỉ có một cột Kinh phí, " +
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
