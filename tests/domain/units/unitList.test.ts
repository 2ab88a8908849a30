import { describe, expect, test } from "@jest/globals";
import { cellUnits } from "../../../src/domain/units/cellUnits";
import { DEFAULT_UNITS, unitList } from "../../../src/domain/units/unitList";

/** What the list adds to the defaults for these lead cells. */
const added = (...leads: string[]) =>
  unitList([...DEFAULT_UNITS, ...leads]).slice(DEFAULT_UNITS.length);

describe("cellUnits", () => {
  test.each([
    ["Văn phòng – Thống kê", ["Văn phòng – Thống kê"]],
    ["CC VP -TK, Công chức Tài Chính – Kế toán.", ["CC VP -TK", "Công chức Tài Chính – Kế toán"]],
    ["Phòng Nội vụ và UBND các phường", ["Phòng Nội vụ", "UBND các phường"]],
    ["Bộ phận Tiếp nhận và trả kết quả", ["Bộ phận Tiếp nhận và trả kết quả"]],
    ["Các ban, ngành có liên quan", ["Các ban, ngành có liên quan"]],
    ["Văn phòng, thống kê", ["Văn phòng, thống kê"]],
    ["Văn phòng, Thống kê", ["Văn phòng, Thống kê"]],
    ["Đảng ủy, HĐND", ["Đảng ủy", "HĐND"]],
    ["Lãnh đạo Đảng ủy, HĐND, UBND xã", ["Lãnh đạo Đảng ủy", "Lãnh đạo HĐND", "Lãnh đạo UBND xã"]],
    [
      "Công chức VP – TK ; các ngành liên quan, Ban điều hành CCHC cấp xã.",
      ["Công chức VP – TK", "Các ngành liên quan", "Ban điều hành CCHC cấp xã"],
    ],
    ["Công chức Văn Phòng – Thống kê(Phụ trách nội vụ)", ["Công chức Văn Phòng – Thống kê"]],
    ["- VP-TK\n- Tư pháp – Hộ tịch", ["VP-TK", "Tư pháp – Hộ tịch"]],
    ["", []],
  ])("%j names %j", (cell, names) => {
    expect(cellUnits(cell)).toEqual(names);
  });
});

describe("unitList", () => {
  test("the defaults are units, listed once each, in their order", () => {
    expect(unitList(DEFAULT_UNITS)).toEqual(DEFAULT_UNITS);
    expect(unitList([...DEFAULT_UNITS, ...DEFAULT_UNITS])).toEqual(DEFAULT_UNITS);
  });

  test("spelling variants of a unit are that unit, under its first spelling", () => {
    expect(
      added(
        "Văn phòng – Thống kê",
        "Văn phòng - Thống kê xã",
        "VP-TK",
        "CC VP - TK",
        "Công chức Văn Phòng – Thống kê(Phụ trách nội vụ)",
        "Văn phòng, thống kê",
        "văn phòng thống kê",
        "VĂN PHÒNG - THỐNG KÊ",
        "Van phong - Thong ke",
        "Văn phòng – Thống kê".normalize("NFD"),
        "Bộ phận TN&TKQ",
        "Công an",
        "Lãnh đạo Ủy ban nhân dân xã",
        "Các ban, ngành liên quan"
      )
    ).toEqual([]);
  });

  test("spellings the reports count as one default unit are that unit in the list too", () => {
    expect(
      added(
        "Văn phòng – Thống kê UBND xã",
        "Văn phòng – Thống kê của UBND xã",
        "Công chức Văn phòng - Thống kê phụ trách CCHC",
        "BCH Quân sự xã",
        "Ban CHQS",
        "Ban Chỉ huy Quân sự xã",
        "Chỉ huy trưởng Quân sự",
        "Công an xã Hòa Bình"
      )
    ).toEqual([]);
  });

  test("spellings of one unit the defaults lack: one entry, spelled out when a spelling is", () => {
    expect(
      added("UBND xã", "UBND xã Hòa Bình", "PCT UBND xã", "CT UBND xã", "Ủy ban nhân dân xã")
    ).toEqual(["Ủy ban nhân dân xã"]);
    expect(added("MTTQ", "UBMTTQ xã", "Ủy ban MTTQ Việt Nam xã")).toEqual(["MTTQ"]);
  });

  test("a cell naming several units gives each; the level, titles and brackets are not the unit", () => {
    expect(added("CC VP -TK, Công chức Tài Chính – Kế toán.")).toEqual([]);
    expect(added("Phòng Nội vụ và UBND các phường", "UBND xã")).toEqual([
      "Phòng Nội vụ",
      "UBND các phường",
    ]);
    expect(added("Đảng ủy, HĐND", "Lãnh đạo Đảng ủy, HĐND, UBND xã")).toEqual([
      "Đảng ủy",
      "HĐND",
      "Lãnh đạo Đảng ủy",
      "Lãnh đạo HĐND",
    ]);
    // HĐND and Hội đồng nhân dân are one unit: the spelled-out name replaces the abbreviation.
    expect(added("HĐND", "Hội đồng nhân dân xã")).toEqual(["Hội đồng nhân dân xã"]);
  });

  test("people, tasks, the column's header and titles alone are no unit", () => {
    expect(
      added(
        "Các cán bộ, công chức có sai phạm",
        "Đội ngũ cán bộ UBND xã",
        "Đội ngũ công chức UBND xã",
        "Cán bộ, công chức",
        "Thành viên Ban chỉ đạo",
        "Thư ký ISO",
        "Tổ chức hội nghị tuyên truyền về cải cách hành chính",
        "Ban hành kế hoạch",
        "Bộ phận chủ trì tham mưu",
        "Công chức",
        "x",
        "-",
        "2020"
      )
    ).toEqual([]);
  });

  test("units the defaults do not have: unit words and titles before a name", () => {
    expect(
      added(
        "Ban điều hành CCHC cấp xã",
        "Phụ trách Công nghệ thông tin",
        "Phụ trách ĐTT -NVH",
        "Hội Liên hiệp Phụ nữ",
        "Đoàn Thanh niên",
        "Ủy ban MTTQ xã",
        "Trạm Y tế",
        "các ngành liên quan"
      )
    ).toEqual([
      "Ban điều hành CCHC cấp xã",
      "Phụ trách Công nghệ thông tin",
      "Phụ trách ĐTT -NVH",
      "Hội Liên hiệp Phụ nữ",
      "Đoàn Thanh niên",
      "Ủy ban MTTQ xã",
      "Trạm Y tế",
      "Các ngành liên quan",
    ]);
  });

  test("the leads of samples/thuong-lo-2020: its real units, not the people it names", () => {
    const leads = [
      "Tư pháp – Hộ tịch",
      "Văn phòng – Thống kê",
      "Bộ phận TN&TKQ",
      "Đảng ủy, HĐND",
      "Các cán bộ, công chức có sai phạm",
      "Văn phòng, thống kê",
      "Lãnh đạo Đảng ủy, HĐND, UBND xã",
      "Tài chính – Kế toán",
      "Lãnh đạo UBND xã",
      "Đội ngũ cán bộ UBND xã",
      "Đội ngũ công chức UBND xã",
      "Thư ký ISO",
    ];
    expect(added(...leads)).toEqual(["Đảng ủy", "HĐND", "Lãnh đạo Đảng ủy", "Lãnh đạo HĐND"]);
  });
});
