import { describe, expect, test } from "@jest/globals";
import { UnitAlias, unitNames } from "../../../src/domain/units/unitNames";

/** Each cell's units, and how many tasks each unit leads, the way a report counts them. */
function tally(cells: readonly string[], aliases: readonly UnitAlias[] = []) {
  const names = unitNames(cells, aliases);
  const counts = new Map<string, number>();
  for (const cell of cells) {
    for (const unit of names.unitsOf(cell)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return { names, counts: Object.fromEntries(counts) };
}

/** The Bộ phận chủ trì column of seed 003's table (Thượng Lộ, 2020), top to bottom: [cell, rows in a run]. */
const SEED_003_RUNS: [string, number][] = [
  ["Tư pháp – Hộ tịch", 3],
  ["Văn phòng – Thống kê", 2],
  ["Tư pháp – Hộ tịch", 1],
  ["Đảng ủy, HĐND", 1],
  ["Văn phòng – Thống kê", 1],
  ["Các cán bộ, công chức có sai phạm", 1],
  ["Văn phòng, thống kê", 1],
  ["Lãnh đạo Đảng ủy, HĐND, UBND xã", 1],
  ["Tư pháp – Hộ tịch", 1],
  ["Bộ phận TN&TKQ", 1],
  ["Tư pháp – Hộ tịch", 2],
  ["Văn phòng – Thống kê", 1],
  ["Tư pháp – Hộ tịch", 1],
  ["Lãnh đạo Đảng ủy, HĐND, UBND xã", 1],
  ["Tư pháp – Hộ tịch", 7],
  ["Văn phòng – Thống kê", 3],
  ["Bộ phận TN&TKQ", 5],
  ["Văn phòng – Thống kê", 2],
  ["Bộ phận TN&TKQ", 5],
  ["Văn phòng – Thống kê", 5],
  ["Lãnh đạo UBND xã", 2],
  ["Đội ngũ cán bộ UBND xã", 1],
  ["Đội ngũ công chức UBND xã", 1],
  ["Văn phòng – Thống kê", 4],
  ["Tài chính – Kế toán", 4],
  ["Văn phòng – Thống kê", 6],
  ["Bộ phận TN&TKQ", 5],
  ["Thư ký ISO", 1],
  ["Bộ phận TN&TKQ", 3],
];
const SEED_003 = SEED_003_RUNS.flatMap(([cell, times]) => Array<string>(times).fill(cell));

describe("unitNames on seed 003's lead column", () => {
  const { names, counts } = tally(SEED_003);

  test.each([
    ["Tư pháp – Hộ tịch", ["Tư pháp – Hộ tịch"]],
    ["Văn phòng – Thống kê", ["Văn phòng – Thống kê"]],
    ["Văn phòng, thống kê", ["Văn phòng – Thống kê"]],
    ["Đảng ủy, HĐND", ["Đảng ủy", "HĐND"]],
    // The level is not the unit; "Lãnh đạo" is the unit's leadership, which plans name as a lead of its own.
    ["Lãnh đạo Đảng ủy, HĐND, UBND xã", ["Lãnh đạo Đảng ủy", "Lãnh đạo HĐND", "Lãnh đạo UBND"]],
    ["Lãnh đạo UBND xã", ["Lãnh đạo UBND"]],
    ["Bộ phận TN&TKQ", ["Bộ phận TN&TKQ"]],
    ["Tài chính – Kế toán", ["Tài chính – Kế toán"]],
    // Not units, yet every task counts for someone: the cell's own words.
    ["Các cán bộ, công chức có sai phạm", ["Các cán bộ, công chức có sai phạm"]],
    ["Đội ngũ cán bộ UBND xã", ["Đội ngũ cán bộ UBND xã"]],
    ["Đội ngũ công chức UBND xã", ["Đội ngũ công chức UBND xã"]],
    ["Thư ký ISO", ["Thư ký ISO"]],
  ])("%j leads for %j", (cell, units) => {
    expect(names.unitsOf(cell)).toEqual(units);
  });

  test("the report's count per unit: 72 lead cells, each task under every unit it names", () => {
    expect(SEED_003).toHaveLength(72);
    expect(counts).toEqual({
      "Tư pháp – Hộ tịch": 15,
      "Văn phòng – Thống kê": 25,
      "Đảng ủy": 1,
      HĐND: 1,
      "Lãnh đạo Đảng ủy": 2,
      "Lãnh đạo HĐND": 2,
      "Lãnh đạo UBND": 4,
      "Bộ phận TN&TKQ": 19,
      "Tài chính – Kế toán": 4,
      "Các cán bộ, công chức có sai phạm": 1,
      "Đội ngũ cán bộ UBND xã": 1,
      "Đội ngũ công chức UBND xã": 1,
      "Thư ký ISO": 1,
    });
  });
});

describe("unitNames: one unit however it is written", () => {
  /** Spellings of one unit from other communes' plans, and the name the report gives them all. */
  const UNITS: [string, string[]][] = [
    [
      "Văn phòng – Thống kê",
      [
        "Văn phòng – Thống kê",
        "Văn phòng - Thống kê xã",
        "VP-TK",
        "CC VP - TK",
        "Văn phòng, thống kê",
        "Công chức Văn Phòng – Thống kê(Phụ trách nội vụ)",
        "VĂN PHÒNG - THỐNG KÊ",
        "Văn phòng – Thống kê".normalize("NFD"),
        // The body it works under, and a role after it, are not the unit.
        "Văn phòng – Thống kê UBND xã",
        "Văn phòng – Thống kê của UBND xã",
        "Công chức Văn phòng - Thống kê phụ trách CCHC",
      ],
    ],
    ["Văn hóa - Xã hội", ["Công chức Văn hóa - Xã hội", "VH-XH", "Văn hoá – xã hội"]],
    [
      "Địa chính - Nông nghiệp - Xây dựng và Môi trường",
      ["Địa chính - Nông nghiệp - Xây dựng và Môi trường", "ĐC-NN-XD&MT"],
    ],
    ["Phòng Kinh tế", ["Phòng Kinh tế"]],
    ["Công an", ["Trưởng Công an xã", "Công an xã", "Công an xã Hòa Bình"]],
    [
      "Ban Chỉ huy Quân sự",
      [
        "Chỉ huy trưởng Quân sự",
        "Ban Chỉ huy Quân sự xã",
        "Ban CHQS xã",
        "Ban CHQS",
        "BCH Quân sự xã",
        "Quân sự xã",
        "CHT Quân sự xã",
      ],
    ],
    [
      "Ủy ban nhân dân",
      [
        "UBND xã",
        "Ủy ban nhân dân xã",
        "Uỷ ban nhân dân xã",
        "Chủ tịch UBND xã",
        "UBND xã Hòa Bình",
        "Phó Chủ tịch UBND xã",
        "PCT UBND xã",
        "CT UBND xã",
      ],
    ],
    // "Việt Nam" ends the Mặt trận's full name; "Ủy ban" is its committee, "UB" in initials.
    ["Ủy ban MTTQ", ["UBMTTQ xã", "MTTQ", "Ủy ban MTTQ Việt Nam xã", "Ủy ban MTTQ xã"]],
    [
      "Bộ phận Tiếp nhận và Trả kết quả",
      ["Bộ phận một cửa", "Bộ phận Tiếp nhận và Trả kết quả", "Bộ phận TN&TKQ"],
    ],
    ["Tư pháp - Hộ tịch", ["Tư pháp - Hộ tịch xã", "TP-HT"]],
    ["Văn phòng HĐND và UBND", ["Văn phòng HĐND và UBND xã"]],
    ["Các ban, ngành có liên quan", ["Các ban, ngành có liên quan", "Các ban, ngành liên quan"]],
  ];
  const cells = UNITS.flatMap(([, spellings]) => spellings);
  const names = unitNames(cells, []);

  test.each(UNITS)("%j", (unit, spellings) => {
    for (const cell of spellings) expect([cell, names.unitsOf(cell)]).toEqual([cell, [unit]]);
  });

  test("a cell naming several units counts for each, once", () => {
    const several = unitNames(
      [
        "CC VP -TK, Công chức Tài Chính – Kế toán.",
        "Phòng Nội vụ và UBND các phường",
        "Văn phòng – Thống kê; VP-TK",
      ],
      []
    );
    // The table spells VP-TK out elsewhere: that is the name it goes by.
    expect(several.unitsOf("CC VP -TK, Công chức Tài Chính – Kế toán.")).toEqual([
      "Văn phòng – Thống kê",
      "Tài Chính – Kế toán",
    ]);
    expect(several.unitsOf("Phòng Nội vụ và UBND các phường")).toEqual(["Phòng Nội vụ", "UBND"]);
    expect(several.unitsOf("Văn phòng – Thống kê; VP-TK")).toEqual(["Văn phòng – Thống kê"]);
  });

  test("a body after a name stays when it is the unit, or one of two joined", () => {
    const bodies = unitNames(
      [
        "Lãnh đạo UBND xã",
        "Văn phòng HĐND và UBND xã",
        "Nội vụ – UBND xã",
        "UBND xã",
        "Văn phòng – Thống kê UBND xã",
      ],
      []
    );
    expect(bodies.unitsOf("Lãnh đạo UBND xã")).toEqual(["Lãnh đạo UBND"]);
    expect(bodies.unitsOf("Văn phòng HĐND và UBND xã")).toEqual(["Văn phòng HĐND và UBND"]);
    expect(bodies.unitsOf("Nội vụ – UBND xã")).toEqual(["Nội vụ – UBND"]);
    expect(bodies.unitsOf("UBND xã")).toEqual(["UBND"]);
    expect(bodies.unitsOf("Văn phòng – Thống kê UBND xã")).toEqual(["Văn phòng – Thống kê"]);
  });

  test("initials after UB name a unit only when enough are left: UBKT is no Kinh tế", () => {
    const committees = unitNames(["Kinh tế", "UBKT Đảng ủy", "UBKT"], []);
    expect(committees.unitsOf("UBKT")).toEqual(["UBKT"]);
  });

  test("a commune's name is capitalised words after the level; lower-case words are not", () => {
    const communes = unitNames(["Trạm Y tế xã Hòa Bình", "Trạm Y tế", "Tổ dân phố số 3"], []);
    expect(communes.unitsOf("Trạm Y tế xã Hòa Bình")).toEqual(["Trạm Y tế"]);
    expect(communes.unitsOf("Tổ dân phố số 3")).toEqual(["Tổ dân phố số 3"]);
  });

  test("a comma inside a unit's name does not split it", () => {
    const commas = unitNames(
      ["Các ban, ngành có liên quan", "Văn hóa, xã hội", "Văn hóa – Xã hội"],
      []
    );
    expect(commas.unitsOf("Các ban, ngành có liên quan")).toEqual(["Các ban, ngành có liên quan"]);
    // Written whole elsewhere in the table, "Văn hóa, xã hội" is that unit.
    expect(commas.unitsOf("Văn hóa, xã hội")).toEqual(["Văn hóa – Xã hội"]);
  });

  test("blank cells lead nothing; any other cell leads someone", () => {
    const few = unitNames(["", "  ", "-", "x", "Công chức"], []);
    expect(few.unitsOf("")).toEqual([]);
    expect(few.unitsOf("  ")).toEqual([]);
    expect(few.unitsOf("-")).toEqual([]);
    expect(few.unitsOf("x")).toEqual(["X"]);
    expect(few.unitsOf("Công chức")).toEqual(["Công chức"]);
  });

  test("a cell the table did not have is read all the same", () => {
    expect(names.unitsOf("CC VP-TK xã")).toEqual(["Văn phòng – Thống kê"]);
    expect(names.unitsOf("Hội Nông dân")).toEqual(["Hội Nông dân"]);
  });
});

describe("unitNames with the officer's aliases", () => {
  test("an alias's unit is the name every spelling of it counts under", () => {
    const cells = ["Phòng Kinh tế", "Kinh tế xã", "KT", "Kinh tế - Hạ tầng"];
    const aliases = [{ written: "Phòng Kinh tế", unit: "Kinh tế – Hạ tầng" }];
    const { counts } = tally(cells, aliases);
    // "Kinh tế xã" is "Kinh tế" as the key reads it, and "KT" its initials: the alias's spelling.
    expect(counts).toEqual({ "Kinh tế – Hạ tầng": 4 });
  });

  test("an alias joins what the rules keep apart, and wins over the fullest spelling", () => {
    const cells = ["Thư ký ISO", "Văn phòng – Thống kê", "VP-TK"];
    const { counts } = tally(cells, [{ written: "thư ký iso", unit: "VP-TK" }]);
    expect(counts).toEqual({ "VP-TK": 3 });
  });

  test("an alias for a whole cell keeps it one unit", () => {
    const cells = ["Phòng Nội vụ và UBND các phường", "Phòng Nội vụ"];
    const names = unitNames(cells, [
      { written: "Phòng Nội vụ và UBND các phường", unit: "Nội vụ – UBND các phường" },
    ]);
    expect(names.unitsOf("Phòng Nội vụ và UBND các phường")).toEqual(["Nội vụ – UBND các phường"]);
    expect(names.unitsOf("Phòng Nội vụ")).toEqual(["Phòng Nội vụ"]);
  });

  test("blank alias rows are left out", () => {
    const names = unitNames(
      ["VP-TK"],
      [
        { written: "", unit: "" },
        { written: "VP-TK", unit: " " },
      ]
    );
    expect(names.unitsOf("VP-TK")).toEqual(["VP-TK"]);
  });
});
