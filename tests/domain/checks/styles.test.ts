import { describe, expect, test } from "@jest/globals";
import {
  blank,
  checkTable,
  checkText,
  describeFindings,
  group,
  HEADER,
  info,
  LEAD,
  headerWith,
  PARTNERS,
  PRODUCT,
  readTable,
  readText,
  Row,
  SCHEDULE,
  seriousPlaces,
  subItem,
  tableText,
  task,
  total,
  where,
} from "../../support/table";

/** A correct table gets no error and no warning, whichever of the usual styles it is written in. */
function expectClean(findings: ReturnType<typeof checkTable>) {
  expect({
    places: seriousPlaces(findings),
    dump: describeFindings(findings.filter((f) => f.severity !== "info")),
  }).toEqual({
    places: [],
    dump: "",
  });
}

describe("a correct table in each usual style gets no error and no warning", () => {
  test("plain 1 / 1.1 / 1.1.1", () => {
    expectClean(
      checkTable([
        group("1", "Công tác chỉ đạo điều hành", "12.900.000"),
        task("1.1", "Ban hành kế hoạch CCHC", "2.000.000"),
        group("1.2", "Thực hiện chế độ báo cáo", "3.960.000"),
        task("1.2.1", "Báo cáo định kỳ hàng quý", "3.960.000"),
        task("1.2.2", "Báo cáo đột xuất"),
        group("1.3", "Công tác tuyên truyền CCHC", "6.940.000"),
        task("1.3.1", "Tuyên truyền trong cán bộ, công chức", "1.520.000"),
        task("1.3.2", "Tuyên truyền qua phương tiện thông tin đại chúng", "5.420.000"),
        group("2", "Cải cách thủ tục hành chính", "1.100.000"),
        task("2.1", "Công khai thủ tục hành chính", "1.100.000"),
        task("2.2", "Thực hiện cơ chế một cửa"),
        total("14.000.000"),
      ])
    );
  });

  test("Roman sections I, II with Arabic 1, 2 restarting under each", () => {
    expectClean(
      checkTable([
        group("I", "CHỈ ĐẠO ĐIỀU HÀNH", "5.000.000"),
        task("1", "Ban hành kế hoạch CCHC", "2.000.000"),
        group("2", "Thực hiện chế độ báo cáo", "3.000.000"),
        task("2.1", "Báo cáo định kỳ", "1.000.000"),
        task("2.2", "Báo cáo đột xuất", "2.000.000"),
        group("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "4.000.000"),
        task("1", "Công khai thủ tục hành chính", "1.500.000"),
        task("2", "Thực hiện cơ chế một cửa", "2.500.000"),
        group("III", "HIỆN ĐẠI HÓA HÀNH CHÍNH"),
        task("1", "Ứng dụng công nghệ thông tin"),
        total("9.000.000"),
      ])
    );
  });

  test("trailing dots: 1. and 1.1.", () => {
    expectClean(
      checkTable([
        group("1.", "Công tác chỉ đạo điều hành", "3.000.000"),
        task("1.1.", "Ban hành kế hoạch CCHC", "1.000.000"),
        task("1.2.", "Báo cáo định kỳ", "2.000.000"),
        group("2.", "Cải cách thủ tục hành chính", "1.000.000"),
        task("2.1.", "Công khai thủ tục hành chính", "1.000.000"),
        total("4.000.000"),
      ])
    );
  });

  test("lettered points a) b) c) d) đ) e) under a task", () => {
    expectClean(
      checkTable([
        group("1", "Công tác chỉ đạo điều hành", "6.000.000"),
        group("1.1", "Thực hiện chế độ báo cáo", "6.000.000"),
        task("a)", "Báo cáo định kỳ hàng quý", "1.000.000"),
        task("b)", "Báo cáo kiểm tra văn bản QPPL", "1.000.000"),
        task("c)", "Báo cáo kiểm soát TTHC", "1.000.000"),
        task("d)", "Báo cáo chất lượng cán bộ, công chức", "1.000.000"),
        task("đ)", "Báo cáo đột xuất", "1.000.000"),
        task("e)", "Báo cáo tuyên truyền", "1.000.000"),
        task("1.2", "Kiểm tra công tác CCHC"),
        total("6.000.000"),
      ])
    );
  });

  test("unnumbered italic sub-items under a numbered row", () => {
    expectClean(
      checkTable([
        group("1", "Công tác chỉ đạo điều hành", "4.520.000"),
        group("1.1", "Thực hiện chế độ báo cáo định kỳ", "3.960.000"),
        subItem("Báo cáo định kỳ hàng quý, 6 tháng, năm về CCHC"),
        subItem("Báo cáo định kỳ về kiểm soát TTHC", "3.960.000"),
        subItem("Báo cáo chất lượng cán bộ, công chức"),
        group("1.2", "Công tác tuyên truyền CCHC", "560.000"),
        subItem("Tuyên truyền qua phương tiện thông tin đại chúng", "360.000"),
        subItem("Tuyên truyền miệng trực tiếp", "200.000"),
        total("4.520.000"),
      ])
    );
  });

  const amountStyles: [string, (dots: string) => string][] = [
    ["12.900.000 đ", (dots) => `${dots} đ`],
    ["12.900.000đ", (dots) => `${dots}đ`],
    ["12.900.000 VNĐ", (dots) => `${dots} VNĐ`],
    ["12,900,000", (dots) => dots.replace(/\./g, ",")],
    ["12 900 000", (dots) => dots.replace(/\./g, " ")],
  ];
  test.each(amountStyles)("amounts written %s", (_, write) => {
    expectClean(
      checkTable([
        group("1", "Công tác chỉ đạo điều hành", write("12.900.000")),
        task("1.1", "Ban hành kế hoạch CCHC", write("10.000.000")),
        task("1.2", "Báo cáo định kỳ", write("2.900.000")),
        group("2", "Cải cách thủ tục hành chính", write("1.100.000")),
        task("2.1", "Công khai thủ tục hành chính", write("1.100.000")),
        total(write("14.000.000")),
      ])
    );
  });

  test("amounts written in different styles read as whole đồng", () => {
    const appendix = readTable([
      task("1", "Một", "12.900.000 đ"),
      task("2", "Hai", "12.900.000đ"),
      task("3", "Ba", "12.900.000 VNĐ"),
      task("4", "Bốn", "12,900,000"),
      task("5", "Năm", "12 900 000"),
    ]);
    expect(appendix.rows.map((row) => row.amount)).toEqual(
      Array(5).fill({ kind: "amount", value: 12_900_000 })
    );
  });

  test("a header in triệu đồng with amounts such as 12,9", () => {
    const rows: Row[] = [
      group("1", "Công tác chỉ đạo điều hành", "12,9"),
      task("1.1", "Ban hành kế hoạch CCHC", "10"),
      task("1.2", "Báo cáo định kỳ", "2,9"),
      group("2", "Cải cách thủ tục hành chính", "1,1"),
      task("2.1", "Công khai thủ tục hành chính", "1,1"),
      total("14"),
    ];
    const header = headerWith("Kinh phí (triệu đồng)");
    expectClean(checkTable(rows, { header }));
    const appendix = readTable(rows, { header });
    expect(appendix.rows[0].amount).toEqual({ kind: "amount", value: 12_900_000 });
    expect(appendix.total?.amount).toEqual({ kind: "amount", value: 14_000_000 });
  });

  const correct: Row[] = [
    group("1", "Công tác chỉ đạo điều hành", "3.000.000"),
    task("1.1", "Ban hành kế hoạch cải cách hành chính", "1.000.000", "Tư pháp – Hộ tịch"),
    task("1.2", "Báo cáo định kỳ hàng quý", "2.000.000", "Văn phòng – Thống kê"),
    group("2", "Cải cách thủ tục hành chính", "1.000.000"),
    task("2.1", "Công khai thủ tục hành chính", "1.000.000", "Bộ phận Tiếp nhận và trả kết quả"),
    total("4.000.000"),
  ];

  test("header and text in NFD form", () => {
    const text = tableText(correct).normalize("NFD");
    expect(text).not.toBe(text.normalize("NFC"));
    expectClean(checkText(text));
    const appendix = readText(text);
    expect(appendix.rows.map((row) => row.task)).toEqual(
      correct.slice(0, 5).map((row) => String(row[1]).replace(/<\/?b>/g, ""))
    );
    expect(appendix.total?.amount).toEqual({ kind: "amount", value: 4_000_000 });
  });

  test("accent-stripped headers: STT, Noi dung, Co quan chu tri, Kinh phi", () => {
    const header: Row = ["STT", "Noi dung", "Co quan chu tri", "Kinh phi"];
    const findings = checkTable(
      [
        ["<b>1</b>", "<b>Công tác chỉ đạo điều hành</b>", "", "<b>3.000.000</b>"],
        ["1.1", "Ban hành kế hoạch CCHC", LEAD, "1.000.000"],
        ["1.2", "Báo cáo định kỳ", LEAD, "2.000.000"],
        ["", "<b>Tổng cộng</b>", "", "<b>3.000.000</b>"],
      ],
      { header }
    );
    expectClean(findings);
    const appendix = readTable([["1", "Ban hành kế hoạch CCHC", LEAD, "1.000.000"]], { header });
    expect(appendix.columns).toEqual({ number: 1, task: 2, lead: 3, budget: 4 });
  });

  test("accent-stripped headers in capitals, all seven columns", () => {
    const header: Row = [
      "STT",
      "NHIEM VU CU THE",
      "BO PHAN CHU TRI",
      "BO PHAN PHOI HOP",
      "SAN PHAM",
      "THOI GIAN",
      "KINH PHI",
    ];
    expectClean(checkTable(correct, { header }));
    expect(readTable(correct, { header }).columns).toEqual({
      number: 1,
      task: 2,
      lead: 3,
      partners: 4,
      product: 5,
      schedule: 6,
      budget: 7,
    });
  });
});

describe("rows that only need a note", () => {
  test("a continuation row split across a page is merged into the row above: one info finding", () => {
    const rows: Row[] = [
      group("1", "Công tác chỉ đạo điều hành", "1.100.000"), // row 2
      [
        "1.1",
        "Kiểm tra, giám sát công tác CCHC",
        LEAD,
        PARTNERS,
        PRODUCT,
        "Ban hành Kế hoạch trước 28/02/2025; kiểm tra",
        "1.100.000",
      ], // row 3
      ["", "", "", "", "", "trước 15/8/2025", ""], // row 4
      task("1.2", "Xử lý các vấn đề phát hiện qua kiểm tra"), // row 5
      total("1.100.000"), // row 6
    ];
    const findings = checkTable(rows);
    expect(findings.map(where)).toEqual([info("row.continuation", 4, "F4")]);
    const appendix = readTable(rows);
    expect(appendix.rows.map((row) => row.row)).toEqual([2, 3, 5]);
    expect(appendix.rows[1].schedule).toBe(
      "Ban hành Kế hoạch trước 28/02/2025; kiểm tra trước 15/8/2025"
    );
    expect(appendix.rows[1].continuationRows).toEqual([4]);
  });

  test("a continuation row after the blank line a page break leaves is still merged: only notes", () => {
    const rows: Row[] = [
      group("1", "Công tác chỉ đạo điều hành", "1.100.000"), // row 2
      [
        "1.1",
        "Kiểm tra, giám sát công tác CCHC",
        LEAD,
        PARTNERS,
        PRODUCT,
        "Thời gian kiểm tra",
        "1.100.000",
      ], // row 3
      blank, // row 4
      ["", "", "", "", "", "trước 15/8/2025", ""], // row 5
      task("1.2", "Xử lý các vấn đề phát hiện qua kiểm tra"), // row 6
      total("1.100.000"), // row 7
    ];
    const findings = checkTable(rows);
    expect(seriousPlaces(findings)).toEqual([]);
    expect(findings.map(where)).toContainEqual(info("row.continuation", 5, "F5"));
    expect(readTable(rows).rows[1].schedule).toBe("Thời gian kiểm tra trước 15/8/2025");
  });

  test("a blank row in the table gives only an info finding", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
      blank, // row 4
      task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 5
      total("3.000.000"), // row 6
    ]);
    expect(findings.map(where)).toEqual([info("row.blank", 4, "A4")]);
  });

  test("sub-items keep their own text columns", () => {
    const appendix = readTable([group("1", "Nhóm"), subItem("Việc", "1.000", LEAD)]);
    expect(appendix.rows[1]).toMatchObject({
      task: "Việc",
      lead: LEAD,
      partners: PARTNERS,
      product: PRODUCT,
      schedule: SCHEDULE,
      italic: true,
    });
  });

  test("the header repeated on the next page gives only a note", () => {
    const findings = checkTable([
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 3
      HEADER, // row 4
      task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 5
      total("3.000.000"), // row 6
    ]);
    expect(findings.map(where)).toEqual([info("row.header", 4, "B4")]);
  });

  test("a column-number row 1 2 3 … 7 under the header is not a task", () => {
    const findings = checkTable([
      ["1", "2", "3", "4", "5", "6", "7"], // row 2
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 3
      task("1.1", "Ban hành kế hoạch CCHC", "3.000.000"), // row 4
      total("3.000.000"), // row 5
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });

  test("the header and its column-number row repeated on the next page give only notes", () => {
    const numbers: Row = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"];
    const findings = checkTable([
      numbers, // row 2
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 3
      task("1.1", "Ban hành kế hoạch CCHC", "1.000.000"), // row 4
      HEADER, // row 5
      numbers, // row 6
      task("1.2", "Báo cáo định kỳ", "2.000.000"), // row 7
      total("3.000.000"), // row 8
    ]);
    expect(seriousPlaces(findings)).toEqual([]);
  });
});

describe("wording found in real documents", () => {
  test("the seed's header wording", () => {
    const header: Row = [
      "TT",
      "Nhiệm vụ cụ thể",
      "Bộ phận chủ trì tham mưu",
      "Bộ phận phối hợp triển khai thực hiện",
      "Sản phẩm kiểm chứng",
      "Thời gian thực hiện",
      "Kinh phí thực hiện",
    ];
    const rows: Row[] = [
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"),
      task("1.1", "Ban hành kế hoạch CCHC", "3.000.000"),
      total("3.000.000"),
    ];
    expectClean(checkTable(rows, { header }));
    expect(readTable(rows, { header }).columns).toEqual({
      number: 1,
      task: 2,
      lead: 3,
      partners: 4,
      product: 5,
      schedule: 6,
      budget: 7,
    });
  });

  test("other header wording: Số TT, Nội dung công việc, Cơ quan thực hiện, Thời hạn, Dự toán (đồng)", () => {
    const header: Row = [
      "Số TT",
      "Nội dung công việc",
      "Cơ quan thực hiện",
      "Cơ quan phối hợp",
      "Kết quả đầu ra",
      "Thời hạn",
      "Dự toán (đồng)",
    ];
    const rows: Row[] = [
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"),
      task("1.1", "Ban hành kế hoạch CCHC", "3.000.000"),
      total("3.000.000"),
    ];
    expectClean(checkTable(rows, { header }));
    const appendix = readTable(rows, { header });
    expect(appendix.columns).toEqual({
      number: 1,
      task: 2,
      lead: 3,
      partners: 4,
      product: 5,
      schedule: 6,
      budget: 7,
    });
    expect(appendix.scale).toBe(1);
  });

  test("a unit line ĐVT: triệu đồng above the header", () => {
    const rows: Row[] = [
      group("1", "Công tác chỉ đạo điều hành", "12,9"), // row 4
      task("1.1", "Ban hành kế hoạch CCHC", "12,9"), // row 5
      total("12,9"), // row 6
    ];
    const above: Row[] = [["PHỤ LỤC"], ["", "", "", "", "", "", "ĐVT: triệu đồng"]];
    expectClean(checkTable(rows, { above }));
    expect(readTable(rows, { above }).rows[0]).toMatchObject({
      row: 4,
      amount: { kind: "amount", value: 12_900_000 },
    });
  });

  const thousands = (unit: string) => {
    const header: Row = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Sản phẩm", "Thời gian", unit];
    const appendix = readTable([task("1", "Ban hành kế hoạch CCHC", "12.900"), total("12.900")], {
      header,
    });
    expect(appendix.scale).toBe(1000);
    expect(appendix.rows[0].amount).toEqual({ kind: "amount", value: 12_900_000 });
  };
  test("a header Kinh phí (nghìn đồng) scales amounts by a thousand", () =>
    thousands("Kinh phí (nghìn đồng)"));
  test.each(["Kinh phí (1.000 đồng)", "Kinh phí (1000đ)"])(
    "a header %s scales amounts by a thousand",
    thousands
  );

  test.each([
    "Tổng hợp, báo cáo kết quả thực hiện",
    "Tổng kết công tác CCHC năm 2024",
    "Cộng tác viên tuyên truyền",
  ])("an unnumbered sub-item named “%s” is a sub-item, not the grand total", (name) => {
    const rows: Row[] = [
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 2
      group("1.1", "Thực hiện chế độ báo cáo", "3.000.000"), // row 3
      subItem("Báo cáo định kỳ hàng quý", "1.000.000"), // row 4
      subItem(name, "2.000.000"), // row 5
      group("2", "Cải cách thủ tục hành chính", "1.000.000"), // row 6
      task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 7
      total("4.000.000"), // row 8
    ];
    expectClean(checkTable(rows));
    const appendix = readTable(rows);
    expect(appendix.rows.map((row) => row.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(appendix.total?.row).toBe(8);
  });

  test("a Tổng cộng row placed first, right under the header", () => {
    const rows: Row[] = [
      total("4.000.000"), // row 2
      group("1", "Công tác chỉ đạo điều hành", "3.000.000"), // row 3
      task("1.1", "Ban hành kế hoạch CCHC", "3.000.000"), // row 4
      group("2", "Cải cách thủ tục hành chính", "1.000.000"), // row 5
      task("2.1", "Công khai thủ tục hành chính", "1.000.000"), // row 6
    ];
    expectClean(checkTable(rows));
    expect(readTable(rows).rows).toHaveLength(4);
  });

  test("lettered points restart under each task", () => {
    expectClean(
      checkTable([
        group("1", "Công tác chỉ đạo điều hành", "4.000.000"),
        group("1.1", "Thực hiện chế độ báo cáo", "2.000.000"),
        task("a)", "Báo cáo định kỳ", "1.000.000"),
        task("b)", "Báo cáo đột xuất", "1.000.000"),
        group("1.2", "Kiểm tra công tác CCHC", "2.000.000"),
        task("a)", "Kiểm tra tại UBND xã", "1.000.000"),
        task("b)", "Kiểm tra tại các thôn", "1.000.000"),
        total("4.000.000"),
      ])
    );
  });

  test("Roman sections and lettered points with trailing dots: I. 1. a.", () => {
    expectClean(
      checkTable([
        group("I.", "CHỈ ĐẠO ĐIỀU HÀNH", "2.000.000"),
        group("1.", "Thực hiện chế độ báo cáo", "2.000.000"),
        task("a.", "Báo cáo định kỳ", "1.000.000"),
        task("b.", "Báo cáo đột xuất", "1.000.000"),
        group("II.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "1.000.000"),
        task("1.", "Công khai thủ tục hành chính", "1.000.000"),
        total("3.000.000"),
      ])
    );
  });
});
