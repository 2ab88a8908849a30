import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import { importPlanText } from "../../../src/domain/planText/importPlanText";

/*
 * Plans as other communes write them: lettered tasks each with its labels, labels on the task's own
 * line, labels of other wordings, text without accents or read by OCR, decomposed text, Word and
 * markdown residue, page breaks, sub-bullets, numbers typed as 1.1., a table already in the text.
 */

/** Rows as [TT, task, lead, partners, product, schedule, amount]. */
function rowsOf(text: string, keepLetters = false) {
  return importPlanText(text, { keepLetters }).rows.map((row) => [
    row.number,
    row.task,
    row.lead,
    row.partners,
    row.product,
    row.schedule,
    row.amount,
  ]);
}

const LETTERED = `UỶ BAN NHÂN DÂN XÃ EA TÂN
Số: 05/KH-UBND
Ea Tân, ngày 10 tháng 01 năm 2024
KẾ HOẠCH
Cải cách hành chính năm 2024

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao chất lượng phục vụ.

II. NHIỆM VỤ TRỌNG TÂM
1. CẢI CÁCH THỂ CHẾ
a) Rà soát, hệ thống hóa văn bản quy phạm pháp luật của xã.
- Bộ phận chủ trì thực hiện: Tư pháp - Hộ tịch
- Bộ phận phối hợp, theo dõi: Văn phòng - Thống kê
- Sản phẩm kiểm chứng: Báo cáo kết quả rà soát
- Thời hạn: Trước 30/6/2024
- Kinh phí: 5.000.000 đồng
b) Tự kiểm tra văn bản do UBND xã ban hành.
- Cơ quan tham mưu: Tư pháp - Hộ tịch
- Thời gian thực hiện: Quý IV/2024
2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
a) Niêm yết công khai thủ tục hành chính. Cơ quan chủ trì: Văn phòng - Thống kê; Thời gian: Thường xuyên.
đ) Tiếp nhận, xử lý phản ánh, kiến nghị.
- Đơn vị thực hiện: Bộ phận một cửa
- Sản phẩm đầu ra: Sổ theo dõi
- Tiến độ: Khi có yêu cầu

III. TỔ CHỨC THỰC HIỆN
Văn phòng - Thống kê theo dõi, đôn đốc.`;

describe("a plan whose tasks are lettered, each with its labels", () => {
  test("sections numbered 1, 2; tasks 1.1, 1.2; every field from its label, whatever its wording", () => {
    expect(rowsOf(LETTERED)).toEqual([
      ["1", "CẢI CÁCH THỂ CHẾ", "", "", "", "", null],
      [
        "1.1",
        "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của xã",
        "Tư pháp - Hộ tịch",
        "Văn phòng - Thống kê",
        "Báo cáo kết quả rà soát",
        "Trước 30/6/2024",
        5_000_000,
      ],
      [
        "1.2",
        "Tự kiểm tra văn bản do UBND xã ban hành",
        "Tư pháp - Hộ tịch",
        "",
        "",
        "Quý IV/2024",
        null,
      ],
      ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", null],
      // The labels on the task's own line, after its text.
      [
        "2.1",
        "Niêm yết công khai thủ tục hành chính",
        "Văn phòng - Thống kê",
        "",
        "",
        "Thường xuyên",
        null,
      ],
      [
        "2.2",
        "Tiếp nhận, xử lý phản ánh, kiến nghị",
        "Bộ phận một cửa",
        "",
        "Sổ theo dõi",
        "Khi có yêu cầu",
        null,
      ],
    ]);
  });

  test("the original letters kept as TT when asked", () => {
    expect(rowsOf(LETTERED, true).map((row) => row[0])).toEqual(["1", "a)", "b)", "2", "a)", "đ)"]);
  });

  test("the heading: issuer, number, date, title and its year", () => {
    expect(importPlanText(LETTERED).heading).toEqual({
      issuer: "UỶ BAN NHÂN DÂN XÃ EA TÂN",
      planNumber: "05",
      signed: { day: "10", month: "01", year: "2024" },
      title: "Cải cách hành chính năm 2024",
      year: 2024,
    });
  });

  test("the heading as Word's two-column table, copied whole; the body's name on two lines", () => {
    const table = [
      "UBND HUYỆN KRÔNG BÚK\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
      "XÃ EA TÂN",
      "Số: 15/KH-UBND\tEa Tân, ngày 28 tháng 12 năm 2024",
      "KẾ HOẠCH",
      "Cải cách hành chính",
      "1. Cải cách thể chế",
    ].join("\n");
    expect(importPlanText(table).heading).toEqual({
      // The commune under the district: the last body named issues the plan.
      issuer: "ỦY BAN NHÂN DÂN XÃ EA TÂN",
      planNumber: "15",
      signed: { day: "28", month: "12", year: "2024" },
      title: "Cải cách hành chính",
      // Signed in December: the plan of the year after.
      year: 2025,
    });
    const commune =
      "ỦY BAN NHÂN DÂN\nXÃ EA TÂN\nKẾ HOẠCH\nCải cách hành chính năm 2025\n1. Cải cách thể chế";
    expect(importPlanText(commune).heading.issuer).toBe("ỦY BAN NHÂN DÂN XÃ EA TÂN");
    expect(importPlanText(table).unused.map((line) => line.text)).toEqual([]);
  });

  test("parts I and III are not tasks: their lines are unused", () => {
    const unused = importPlanText(LETTERED).unused.map((line) => line.text);
    expect(unused).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "- Nâng cao chất lượng phục vụ.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Văn phòng - Thống kê theo dõi, đôn đốc.",
    ]);
  });
});

/** LETTERED's part II typed without accents. */
const WITHOUT_ACCENTS = `II. NHIEM VU TRONG TAM
1. Cai cach the che
a) Ra soat van ban quy pham phap luat
- Bo phan chu tri: Tu phap - Ho tich
- Bo phan phoi hop: Van phong - Thong ke
- Thoi gian thuc hien: Quy II/2024`;

describe("text without accents, read by OCR, or decomposed", () => {
  test("labels and numbering are read without accents", () => {
    expect(rowsOf(WITHOUT_ACCENTS)).toEqual([
      ["1", "Cai cach the che", "", "", "", "", null],
      [
        "1.1",
        "Ra soat van ban quy pham phap luat",
        "Tu phap - Ho tich",
        "Van phong - Thong ke",
        "",
        "Quy II/2024",
        null,
      ],
    ]);
  });

  test("OCR's confusions: l. for 1., Il. for II., thuc hién, Quy Il", () => {
    const ocr = [
      "Il. NỘI DUNG THỰC HIỆN",
      "l. Công tác chỉ đạo điều hành",
      "- Ban hành kế hoạch CCHC năm 2024",
      "- Co quan chu tri: Van phong - Thong ke",
      "- Thoi gian thuc hién: Quy Il/2024",
    ].join("\n");
    expect(rowsOf(ocr)).toEqual([
      ["1", "Công tác chỉ đạo điều hành", "", "", "", "", null],
      [
        "1.1",
        "Ban hành kế hoạch CCHC năm 2024",
        "Van phong - Thong ke",
        "",
        "",
        "Quy II/2024",
        null,
      ],
    ]);
  });

  test("text typed with VNI fonts is converted, and says so", () => {
    const vni = [
      "1. Caûi caùch theå cheá",
      "a) Raø soaùt vaên baûn",
      "- Cô quan chuû trì: Tö phaùp",
    ].join("\n");
    const imported = importPlanText(vni);
    expect(imported.convertedFrom).toBe("vni");
    expect(rowsOf(vni).map((row) => [row[1], row[2]])).toEqual([
      ["Cải cách thể chế", ""],
      ["Rà soát văn bản", "Tư pháp"],
    ]);
    expect(importPlanText(LETTERED).convertedFrom).toBeNull();
  });

  test("decomposed (NFD) text comes out composed", () => {
    const rows = rowsOf(LETTERED.normalize("NFD"));
    expect(rows).toEqual(rowsOf(LETTERED));
    expect(rows[1][1]).toBe(
      "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của xã".normalize("NFC")
    );
  });
});

describe("Word and markdown residue, page breaks, sub-bullets, typed numbers", () => {
  test("**, *, # are ignored; page numbers and a running header are dropped and listed", () => {
    const text = [
      "# II. NHIỆM VỤ",
      "Kế hoạch CCHC xã Ea Tân",
      "**1. Công tác chỉ đạo**",
      "- Kiện toàn Ban chỉ đạo CCHC⁽¹⁾",
      "- *Cơ quan chủ trì:* Văn phòng - Thống kê",
      "- 2 -",
      "Kế hoạch CCHC xã Ea Tân",
      "**2. Cải cách thể chế**",
      "- Rà soát văn bản[2] theo lĩnh vực “*Chính quyền số*”",
      "- *Thời gian thực hiện: Quý II/2024*",
      "Trang 3",
      "Kế hoạch CCHC xã Ea Tân",
    ].join("\n");
    const imported = importPlanText(text);
    expect(imported.rows.map((row) => [row.number, row.task, row.lead, row.schedule])).toEqual([
      ["1", "Công tác chỉ đạo", "", ""],
      ["1.1", "Kiện toàn Ban chỉ đạo CCHC", "Văn phòng - Thống kê", ""],
      ["2", "Cải cách thể chế", "", ""],
      ["2.1", "Rà soát văn bản theo lĩnh vực “Chính quyền số”", "", "Quý II/2024"],
    ]);
    expect(imported.unused.map((line) => line.text)).toEqual([
      "Kế hoạch CCHC xã Ea Tân",
      "- 2 -",
      "Kế hoạch CCHC xã Ea Tân",
      "Trang 3",
      "Kế hoạch CCHC xã Ea Tân",
    ]);
  });

  test("a line broken by a page break joins its paragraph across the page number", () => {
    const text = [
      "1. Cải cách thủ tục hành chính",
      "- Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết",
      "",
      "5",
      "",
      "của UBND xã theo kế hoạch của tỉnh.",
      "- Cơ quan chủ trì: Văn phòng - Thống kê",
    ].join("\n");
    expect(rowsOf(text)[1][1]).toBe(
      "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã theo kế hoạch của tỉnh"
    );
  });

  test("sub-bullets under a label go on with its field; under a task, with the task", () => {
    const text = [
      "1. Công tác chỉ đạo",
      "- Xây dựng và ban hành kế hoạch CCHC",
      "+ Kế hoạch tuyên truyền",
      "- Thời gian thực hiện:",
      "+ Quý I: ban hành kế hoạch",
      "+ Tháng 12: báo cáo năm",
      "- Cơ quan chủ trì: Văn phòng - Thống kê",
    ].join("\n");
    expect(rowsOf(text)[1]).toEqual([
      "1.1",
      "Xây dựng và ban hành kế hoạch CCHC\nKế hoạch tuyên truyền",
      "Văn phòng - Thống kê",
      "",
      "",
      "Quý I: ban hành kế hoạch; Tháng 12: báo cáo năm",
      null,
    ]);
  });

  test("tasks numbered 1.1., 1.2. under their section, a number glued to its heading", () => {
    const text = [
      "1.Cải cách tổ chức bộ máy",
      "1.1. Rà soát chức năng, nhiệm vụ của các bộ phận",
      "Chủ trì: Văn phòng - Thống kê",
      "1.2. Kiện toàn bộ phận một cửa",
      "Chủ trì: Văn phòng - Thống kê",
      "Phối hợp: Tư pháp - Hộ tịch",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      ["1", "Cải cách tổ chức bộ máy", "", "", "", "", null],
      [
        "1.1",
        "Rà soát chức năng, nhiệm vụ của các bộ phận",
        "Văn phòng - Thống kê",
        "",
        "",
        "",
        null,
      ],
      [
        "1.2",
        "Kiện toàn bộ phận một cửa",
        "Văn phòng - Thống kê",
        "Tư pháp - Hộ tịch",
        "",
        "",
        null,
      ],
    ]);
  });

  test("task, labels, task, labels: each block of labels is its task's", () => {
    const text = [
      "1. Cải cách chế độ công vụ",
      "- Rà soát vị trí việc làm",
      "- Chủ trì: Văn phòng - Thống kê",
      "- Thời gian: Quý I/2024",
      "- Đánh giá, xếp loại công chức",
      "- Chủ trì: Chủ tịch UBND xã",
      "- Thời gian: Tháng 12/2024",
    ].join("\n");
    expect(
      rowsOf(text)
        .slice(1)
        .map((row) => [row[0], row[2], row[5]])
    ).toEqual([
      ["1.1", "Văn phòng - Thống kê", "Quý I/2024"],
      ["1.2", "Chủ tịch UBND xã", "Tháng 12/2024"],
    ]);
  });
});

describe("more of the ways plans are written", () => {
  test("labels in brackets after the task; Word's symbol-font bullets; parts lettered A., B.", () => {
    const text = [
      "A. MỤC ĐÍCH, YÊU CẦU",
      "\uf0b7 Nâng cao chất lượng phục vụ",
      "B. NHIỆM VỤ CỤ THỂ",
      "1. Cải cách thể chế",
      "\uf0b7 Rà soát văn bản quy phạm pháp luật (Chủ trì: Tư pháp - Hộ tịch; Thời gian: Quý II/2024)",
      "\uf0d8 Kiểm tra việc thi hành pháp luật (Cơ quan thực hiện: Văn phòng - Thống kê)",
    ].join("\n");
    expect(rowsOf(text).map((row) => [row[0], row[1], row[2], row[5]])).toEqual([
      ["1", "Cải cách thể chế", "", ""],
      ["1.1", "Rà soát văn bản quy phạm pháp luật", "Tư pháp - Hộ tịch", "Quý II/2024"],
      ["1.2", "Kiểm tra việc thi hành pháp luật", "Văn phòng - Thống kê", ""],
    ]);
    expect(importPlanText(text).unused.map((line) => line.text)).toEqual([
      "A. MỤC ĐÍCH, YÊU CẦU",
      "- Nâng cao chất lượng phục vụ",
    ]);
  });

  test("several labels on one line, each its own field", () => {
    const text = [
      "1. Cải cách thủ tục hành chính",
      "1.1. Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa",
      "- Đơn vị chủ trì: Văn phòng - Thống kê; đơn vị phối hợp: các ban, ngành; thời gian hoàn thành: Quý I/2024.",
    ].join("\n");
    expect(rowsOf(text)[1]).toEqual([
      "1.1",
      "Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa",
      "Văn phòng - Thống kê",
      "các ban, ngành",
      "",
      "Quý I/2024",
      null,
    ]);
  });

  test("numbers and letters with slashes and dashes; roles named together; other label wordings", () => {
    const text = [
      "II - NỘI DUNG THỰC HIỆN",
      "1/ Cải cách tổ chức bộ máy",
      "a/ Rà soát chức năng, nhiệm vụ của các bộ phận",
      "- Bộ phận tham mưu, chủ trì: Văn phòng - Thống kê",
      "- Đơn vị phối hợp, theo dõi: Các đoàn thể",
      "- Hình thức sản phẩm: Báo cáo",
      "- Thời điểm hoàn thành: Tháng 6/2024",
      "b/ Kiện toàn bộ phận một cửa",
      "- Đầu mối: Văn phòng - Thống kê",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      ["1", "Cải cách tổ chức bộ máy", "", "", "", "", null],
      [
        "1.1",
        "Rà soát chức năng, nhiệm vụ của các bộ phận",
        "Văn phòng - Thống kê",
        "Các đoàn thể",
        "Báo cáo",
        "Tháng 6/2024",
        null,
      ],
      ["1.2", "Kiện toàn bộ phận một cửa", "Văn phòng - Thống kê", "", "", "", null],
    ]);
  });

  test("a section's Kinh phí stays on its row; its other labels pass down to its tasks", () => {
    const text = [
      "1. Cải cách thể chế",
      "- Kinh phí: 3.000.000 đồng",
      "- Chủ trì: Tư pháp - Hộ tịch",
      "a) Rà soát văn bản",
      "b) Kiểm tra văn bản",
    ].join("\n");
    expect(rowsOf(text).map((row) => [row[0], row[2], row[6]])).toEqual([
      ["1", "", 3_000_000],
      ["1.1", "Tư pháp - Hộ tịch", null],
      ["1.2", "Tư pháp - Hộ tịch", null],
    ]);
  });

  test("a label's value on the line below it; 'Nguồn kinh phí' gives the amount", () => {
    const text = [
      "1. Cải cách tài chính công",
      "a) Công khai dự toán ngân sách xã",
      "Thời gian thực hiện:",
      "Trước 31/01/2024",
      "Nguồn kinh phí: 1.200.000 đồng",
      "b) Công khai quyết toán ngân sách xã",
    ].join("\n");
    expect(rowsOf(text).slice(1)).toEqual([
      ["1.1", "Công khai dự toán ngân sách xã", "", "", "", "Trước 31/01/2024", 1_200_000],
      ["1.2", "Công khai quyết toán ngân sách xã", "", "", "", "", null],
    ]);
  });
});

describe("areas titled in capitals, their tasks numbered from 1 under each", () => {
  test("the title is the section; its numbered items are its tasks", () => {
    const text = [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "KẾ HOẠCH",
      "Cải cách hành chính năm 2024",
      "II. NHIỆM VỤ",
      "CẢI CÁCH THỂ CHẾ",
      "1. Rà soát văn bản quy phạm pháp luật",
      "- Chủ trì: Tư pháp - Hộ tịch",
      "2. Tuyên truyền, phổ biến pháp luật",
      "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
      "1. Công khai thủ tục hành chính",
    ].join("\n");
    expect(rowsOf(text).map((row) => [row[0], row[1], row[2]])).toEqual([
      ["1", "CẢI CÁCH THỂ CHẾ", ""],
      ["1.1", "Rà soát văn bản quy phạm pháp luật", "Tư pháp - Hộ tịch"],
      ["1.2", "Tuyên truyền, phổ biến pháp luật", ""],
      ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", ""],
      ["2.1", "Công khai thủ tục hành chính", ""],
    ]);
    // Before the plan's body, lines in capitals are its heading.
    expect(importPlanText(text).unused).toEqual([]);
  });
});

describe("areas numbered as parts", () => {
  test("each area is a section, the items it numbers its tasks; its purpose and organisation are not", () => {
    const text = [
      "I. CẢI CÁCH THỂ CHẾ",
      "1. Rà soát văn bản quy phạm pháp luật",
      "- Chủ trì: Tư pháp - Hộ tịch",
      "II. ỨNG DỤNG CÔNG NGHỆ THÔNG TIN",
      "1. Duy trì Trang thông tin điện tử của xã",
      "- Chủ trì: Văn phòng - Thống kê",
      "2. Số hóa hồ sơ thủ tục hành chính",
      "- Chủ trì: Bộ phận một cửa",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Văn phòng - Thống kê theo dõi, đôn đốc",
    ].join("\n");
    expect(rowsOf(text).map((row) => [row[0], row[1], row[2]])).toEqual([
      ["1", "CẢI CÁCH THỂ CHẾ", ""],
      ["1.1", "Rà soát văn bản quy phạm pháp luật", "Tư pháp - Hộ tịch"],
      ["2", "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN", ""],
      ["2.1", "Duy trì Trang thông tin điện tử của xã", "Văn phòng - Thống kê"],
      ["2.2", "Số hóa hồ sơ thủ tục hành chính", "Bộ phận một cửa"],
    ]);
  });
});

describe("a plan that already holds its table", () => {
  test("tab-separated rows (from Word or Excel) are read by the appendix's headers", () => {
    const text = [
      "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
      "STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời hạn\tKinh phí (triệu đồng)",
      "1\tCông tác chỉ đạo điều hành\t\t\t\t\t",
      "1.1\tBan hành kế hoạch CCHC\tVăn phòng\tCác ngành\tKế hoạch\tQuý I/2024\t2,5",
      "1.2\tKiểm tra CCHC\tVăn phòng\t\tBáo cáo\tQuý III/2024\t",
    ].join("\n");
    expect(rowsOf(text)).toEqual([
      ["1", "Công tác chỉ đạo điều hành", "", "", "", "", null],
      [
        "1.1",
        "Ban hành kế hoạch CCHC",
        "Văn phòng",
        "Các ngành",
        "Kế hoạch",
        "Quý I/2024",
        2_500_000,
      ],
      ["1.2", "Kiểm tra CCHC", "Văn phòng", "", "Báo cáo", "Quý III/2024", null],
    ]);
    expect(importPlanText(text).rows.map((row) => row.section)).toEqual([true, false, false]);
  });

  test("a table copied as text, its cells between bars", () => {
    const text = [
      "TT | Nội dung | Bộ phận chủ trì | Thời gian",
      "1 | Cải cách thể chế | |",
      "1.1 | Rà soát văn bản | Tư pháp | Quý II/2024",
    ].join("\n");
    expect(rowsOf(text).map((row) => [row[0], row[1], row[2], row[5]])).toEqual([
      ["1", "Cải cách thể chế", "", ""],
      ["1.1", "Rà soát văn bản", "Tư pháp", "Quý II/2024"],
    ]);
  });

  test("a markdown table too", () => {
    const text = [
      "| TT | Nhiệm vụ | Chủ trì | Thời gian thực hiện |",
      "|---|---|---|---|",
      "| 1 | Cải cách thể chế | | |",
      "| 1.1 | Rà soát văn bản | Tư pháp | Quý II/2024 |",
    ].join("\n");
    expect(rowsOf(text).map((row) => [row[0], row[1], row[2], row[5]])).toEqual([
      ["1", "Cải cách thể chế", "", ""],
      ["1.1", "Rà soát văn bản", "Tư pháp", "Quý II/2024"],
    ]);
  });
});

describe("any text", () => {
  test("an empty text, or one of no plan, gives no rows, and its lines are unused", () => {
    expect(importPlanText("")).toMatchObject({ rows: [], unused: [] });
    const prose = "Kính gửi: Phòng Nội vụ\nUBND xã báo cáo như sau.";
    expect(importPlanText(prose).rows).toEqual([]);
    expect(importPlanText(prose).unused.map((line) => line.text)).toEqual([
      "Kính gửi: Phòng Nội vụ",
      "UBND xã báo cáo như sau.",
    ]);
  });

  test("never throws, and every line with text is used or listed", () => {
    const pieces = fc.constantFrom(
      "I. NHIỆM VỤ",
      "1. Công tác",
      "a) Rà soát",
      "- Chủ trì: VP",
      "+ Quý I",
      "Thời gian:",
      "\t",
      "|",
      "**",
      "⁽¹⁾",
      "2",
      "l.",
      "Il.",
      " ",
      "\n",
      "é",
      "\u0301",
      "đ)"
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join("")),
        (text) => {
          const imported = importPlanText(text);
          const seen = new Set([
            ...imported.unused.map((line) => line.line),
            ...imported.rows.flatMap((row) => row.lines),
          ]);
          const lines = text.split(/\r\n|\r|\n/);
          lines.forEach((line, index) => {
            if (line.trim() === "" || /^[\s*⁽¹⁾#|-]*$/.test(line)) return;
            // A line joined to the one before it counts as that one's.
            const joinedAbove = [...seen].some((number) => number < index + 1);
            expect(seen.has(index + 1) || joinedAbove).toBe(true);
          });
        }
      ),
      { numRuns: 300 }
    );
  });
});
