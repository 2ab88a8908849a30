import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import { importPlanText } from "../../../src/domain/planText/importPlanText";
import { ImportedRow } from "../../../src/domain/planText/planImport";

/*
 * The narrative plan of xã Long Điền A for 2023 (samples/ke-hoach-long-dien-a-2023.txt), every row of its appendix written by hand
 * from the text: part II holds the tasks; sections 1–5, 7–10 (there is no 6 in the text) become
 * sections 1–9; a section's bullets are its tasks and take the label lines written under them; the
 * points a) and b) of section 4 are groups of their bullets.
 */
const PLAN_FILE = path.resolve(__dirname, "../../../samples/ke-hoach-long-dien-a-2023.txt");
const imported = importPlanText(readFileSync(PLAN_FILE, "utf8"));

const EVERY_YEAR = "thường xuyên trong năm 2023 và những năm tiếp theo";
const FROM_Q1 = "Quý I/2023 và những năm tiếp theo";

interface Expected {
  number: string;
  /** How the task's text begins, as the plan writes it. */
  begins: string;
  lead?: string;
  partners?: string;
  schedule?: string;
}

function group(number: string, begins: string): Expected {
  return { number, begins, lead: "", partners: "", schedule: "" };
}

function tasks(
  numbers: string[],
  begins: string[],
  fields: Omit<Expected, "number" | "begins">
): Expected[] {
  return numbers.map((number, i) => ({ number, begins: begins[i], ...fields }));
}

const EXPECTED: Expected[] = [
  group("1", "Công tác chỉ đạo, điều hành CCHC"),
  ...tasks(
    ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"],
    [
      "Kiện toàn Ban điều hành CCHC cấp xã và phân công trách nhiệm cụ thể",
      "Sửa đổi bổ sung Quy chế hoạt động của Ban điều hành CCHC",
      "Ban điều hành CCHC cấp xã họp định kỳ mỗi quý một lần",
      "Các chủ trương, kết luận, chỉ đạo, quy định, hướng dẫn mới ban hành",
      "Những kiến nghị, đề xuất, phản ánh, khiếu nại liên quan đến công tác CCHC",
      "Quan tâm thực hiện tốt công tác lãnh đạo, điều hành thực hiện nhiệm vụ CCHC",
    ],
    {
      lead: "Công chức VP – TK ; các ngành liên quan, Ban điều hành CCHC cấp xã",
      partners: "",
      schedule: FROM_Q1,
    }
  ),
  group("2", "Đẩy mạnh công tác thông tin, tuyên truyền CCHC"),
  ...tasks(
    ["2.1", "2.2", "2.3", "2.4"],
    [
      "Quan tâm đẩy mạnh công tác thông tin, tuyên truyền CCHC",
      "Nội dung thông tin, tuyên truyền: Mục đích, ý nghĩa",
      "Hình thức thông tin, tuyên truyền: Bằng nhiều hình thức",
      "Công tác thông tin, tuyên truyền CCHC phải được xây dựng thành kế hoạch",
    ],
    { lead: "Phụ trách ĐTT -NVH", partners: "CC VP- TK", schedule: EVERY_YEAR }
  ),
  group("3", "Khắc phục tình trạng trễ hạn trong giải quyết thủ tục hành chính"),
  ...tasks(["3.1"], ["Tổ chức họp định kỳ hàng tháng (chậm nhất 05 ngày"], {
    lead: "CC VP -TK",
    partners: "Bộ phận một cửa",
    schedule: EVERY_YEAR,
  }),
  group("4", "Tăng cường kiểm tra công tác cải cách hành chính gắn với kiểm tra công vụ"),
  group("4.1", "Đối với tổ kiểm tra công vụ"),
  ...tasks(
    ["4.1.1", "4.1.2", "4.1.3", "4.1.4"],
    [
      "Kiện toàn Tổ kiểm tra công vụ của xã",
      "Hàng năm xây dựng và triển khai thực hiện kiểm tra công vụ",
      "Thủ trưởng đơn vị chịu trách nhiệm",
      "Phối hợp thực hiện việc khảo sát sự hài lòng",
    ],
    { lead: "Công chức Văn Phòng – Thống kê", partners: "", schedule: FROM_Q1 }
  ),
  group("4.2", "Đối với công tác tiếp dân, giải quyết trả lời những kiến nghị"),
  ...tasks(
    ["4.2.1", "4.2.2"],
    [
      "Bộ phận một cửa thực hiện tốt công tác tiếp dân",
      "Tạo điều kiện phát huy vai trò của Ban Thanh tra nhân dân",
    ],
    {
      lead: "Công chức Tư Pháp – Hộ tịch, bộ phận một cửa, các ngành có liên quan",
      partners: "",
      schedule: EVERY_YEAR,
    }
  ),
  group("5", "Tiếp tục cải cách tổ chức bộ máy, xây dựng và nâng cao năng lực"),
  ...tasks(
    ["5.1", "5.2", "5.3", "5.4"],
    [
      "Tiếp tục rà soát, sắp xếp bố trí vị trí việc làm phù hợp",
      "Tạo điều kiện cho cán bộ, công chức, viên chức được học tập",
      "Tạo điều kiện tiếp nhận, tuyển dụng bổ sung công chức cấp xã",
      "Tăng cường kỷ luật, kỷ cương hành chính",
    ],
    // "Cơ quan chủ trì" names the lead; "Cơ quan thực hiện" beside it names those who take part.
    {
      lead: "Công chức Văn Phòng – Thống kê(Phụ trách nội vụ)",
      partners: "Các ngành có liên quan",
      schedule: EVERY_YEAR,
    }
  ),
  group("6", "Đẩy mạnh ứng dụng công nghệ thông tin trong thực hiện cải cách hành chính"),
  ...tasks(
    ["6.1", "6.2"],
    [
      "Tiếp tục duy trì và đẩy mạnh ứng dụng công nghệ thông tin",
      "Có biện pháp nâng cao tỷ lệ thực hiện hồ sơ",
    ],
    { lead: "Phụ trách Công nghệ thông tin", partners: "các ngành liên quan", schedule: EVERY_YEAR }
  ),
  group("7", "Phát động phong trào thi đua CCHC"),
  ...tasks(
    ["7.1", "7.2", "7.3"],
    [
      "Tiếp tục thực hiện chính sách khuyến khích",
      "Thủ trưởng đơn vị thường xuyên theo dõi phát hiện",
      "Hàng năm, Ban Điều hành CCHC xã có kế hoạch phát động phong trào thi đua CCHC",
    ],
    { lead: "Công chức VP -TK, các ngành liên quan", partners: "", schedule: FROM_Q1 }
  ),
  group("8", "Rà soát, bổ sung trang thiết bị, phương tiện làm việc"),
  ...tasks(
    ["8.1", "8.2"],
    [
      "Rà soát thống kê, bổ sung đầy đủ trang thiết bị",
      "Khảo sát, lắp đặt hệ thống camera giám sát",
    ],
    {
      lead: "CC VP -TK, Công chức Tài Chính – Kế toán",
      partners: "",
      schedule: "Quý II/2023 và những năm tiếp theo",
    }
  ),
  // A section that is its own task: no points, no bullets, no labels.
  { number: "9", begins: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện", lead: "", schedule: "" },
];

function byNumber(number: string): ImportedRow {
  const row = imported.rows.find((one) => one.number === number);
  if (!row) throw new Error(`No row ${number}`);
  return row;
}

describe("importPlanText on the narrative plan of xã Long Điền A (2023)", () => {
  test("every row of part II, in order, and nothing else", () => {
    expect(imported.rows.map((row) => row.number)).toEqual(EXPECTED.map((row) => row.number));
  });

  test.each(EXPECTED)("$number: its text and fields", (expected) => {
    const row = byNumber(expected.number);
    expect(row.task.startsWith(expected.begins)).toBe(true);
    for (const field of ["lead", "partners", "schedule"] as const)
      if (expected[field] !== undefined)
        expect({ [field]: row[field] }).toEqual({ [field]: expected[field] });
    expect(row.amount).toBeNull();
  });

  test("a paragraph broken over a page is one task; footnote marks are gone; no closing full stop", () => {
    expect(byNumber("2.1").task).toContain(
      "tuyên truyền phổ biến rộng rãi trong Nhân dân để tạo sự đồng thuận"
    );
    expect(byNumber("5.1").task).toContain(
      "thực hiện tốt chuẩn mực đạo đức, văn hóa công vụ để nâng cao"
    );
    expect(byNumber("2.3").task).toContain("nội dung khẩu hiệu tuyên truyền. Khuyến khích");
    expect(byNumber("1.1").task).toBe(
      "Kiện toàn Ban điều hành CCHC cấp xã và phân công trách nhiệm cụ thể từng thành viên Ban điều hành và phân công nhiệm vụ cụ thể"
    );
  });

  test("sections are groups; the section that is its own task is a row of its own", () => {
    expect(imported.rows.filter((row) => row.section).map((row) => row.number)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "4.1",
      "4.2",
      "5",
      "6",
      "7",
      "8",
      "9",
    ]);
  });

  test("the heading: number, signing date, the plan's name and year", () => {
    expect(imported.heading).toEqual({
      planNumber: "136",
      signed: { day: "28", month: "02", year: "2023" },
      title:
        "Nâng cao chất lượng hiệu quả công tác cải cách hành chính trên địa bàn xã Long Điền A",
      year: 2023,
    });
  });

  test("what is not a task is listed unused: the grounds, parts I, III to V, the recipients, the signature", () => {
    const unused = imported.unused.map((line) => line.text);
    expect(unused[0]).toMatch(/^Căn cứ Nghị quyết số 05-NQ\/HU/);
    for (const line of [
      "I. MỤC ĐÍCH, YÊU CẦU",
      "III. KINH PHÍ THỰC HIỆN",
      "IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO",
      "V. TỔ CHỨC THỰC HIỆN",
      "Nơi nhận:",
      "Trương Minh Sơn",
    ])
      expect(unused).toContain(line);
    // Part II's title and its tasks' lines are used.
    expect(unused).not.toContain("II. NỘI DUNG, GIẢI PHÁP VÀ TRÁCH NHIỆM THỰC HIỆN");
    expect(unused.some((line) => line.includes("Cơ quan chủ trì"))).toBe(false);
    // Every line of the text with something on it is used or listed; the heading's are read into
    // `heading`; part II's title heads the rows.
    const firstGround = 11;
    const taskPartTitle = 45;
    const text = readFileSync(PLAN_FILE, "utf8").split("\n");
    const listed = new Set(imported.unused.map((line) => line.line));
    const usedLines = new Set(imported.rows.flatMap((row) => row.lines));
    text.forEach((line, index) => {
      if (line.trim() === "" || index + 1 < firstGround || index + 1 === taskPartTitle) return;
      const number = index + 1;
      const joined = imported.unused.some(
        (one) => one.line < number && one.text.includes(line.trim().slice(0, 20))
      );
      expect({ number, seen: listed.has(number) || usedLines.has(number) || joined }).toEqual({
        number,
        seen: true,
      });
    });
  });
});
