import { describe, expect, test } from "@jest/globals";
import {
  COLUMN,
  COLUMNS,
  FIELDS,
  fieldOfHeader,
  TEXT_FIELDS,
  unitOf,
  WRITTEN_FIELDS,
  type Field,
} from "../../src/domain/columns";
import { folded } from "../../src/domain/text";

describe("folded", () => {
  test.each<[string, string]>([
    ["Kinh phí", "kinh phi"],
    ["KINH PHÍ", "kinh phi"],
    ["Kinh phí".normalize("NFD"), "kinh phi"],
    ["Kinh phi", "kinh phi"],
    ["Đồng", "dong"],
    ["đồng", "dong"],
    ["Thời gian\nthực hiện", "thoi gian thuc hien"],
    ["  Số   TT\t", "so tt"],
    ["Bộ phận chủ trì tham mưu", "bo phan chu tri tham muu"],
    ["", ""],
  ])("%p → %p", (text, expected) => {
    expect(folded(text)).toBe(expected);
  });
});

describe("fieldOfHeader", () => {
  // Each header as written, then without accents; upper-case and NFD forms are made from the first.
  const headers: [string, string, Field][] = [
    ["TT", "TT", "number"],
    ["STT", "STT", "number"],
    ["Số TT", "So TT", "number"],
    ["Nhiệm vụ cụ thể", "Nhiem vu cu the", "task"],
    ["Nội dung", "Noi dung", "task"],
    ["Bộ phận chủ trì tham mưu", "Bo phan chu tri tham muu", "lead"],
    ["Cơ quan chủ trì", "Co quan chu tri", "lead"],
    ["Bộ phận phối hợp triển khai thực hiện", "Bo phan phoi hop trien khai thuc hien", "partners"],
    ["Sản phẩm kiểm chứng", "San pham kiem chung", "product"],
    ["Thời gian thực hiện", "Thoi gian thuc hien", "schedule"],
    ["Thời hạn", "Thoi han", "schedule"],
    ["Kinh phí thực hiện", "Kinh phi thuc hien", "budget"],
    ["Dự toán (triệu đồng)", "Du toan (trieu dong)", "budget"],
  ];

  test.each(headers)("%p is the %s column", (header, _plain, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  test.each(headers)("%p without accents, %p, is the %s column", (_header, plain, field) => {
    expect(fieldOfHeader(plain)).toBe(field);
  });

  test.each(headers)("%p in upper case (and %p) is the %s column", (header, plain, field) => {
    expect(fieldOfHeader(header.toUpperCase())).toBe(field);
    expect(fieldOfHeader(plain.toUpperCase())).toBe(field);
  });

  test.each(headers)("%p decomposed (NFD) is the %s column", (header, _plain, field) => {
    expect(fieldOfHeader(header.normalize("NFD"))).toBe(field);
    expect(fieldOfHeader(header.toUpperCase().normalize("NFD"))).toBe(field);
  });

  test.each<[string, Field]>([
    ["Kinh phí\n(triệu đồng)", "budget"],
    ["Thời gian\nthực hiện", "schedule"],
    ["  Nội dung  ", "task"],
  ])("%p, broken over lines or padded, is the %s column", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  test.each(["", "   ", "Ghi chú", "(triệu đồng)"])("%p is no known column", (header) => {
    expect(fieldOfHeader(header)).toBeNull();
  });
});

describe("unitOf", () => {
  test.each<[string, number]>([
    ["(triệu đồng)", 1e6],
    ["(đồng)", 1],
    ["ĐVT: nghìn đồng", 1e3],
    ["ĐVT: đồng", 1],
    ["ĐVT: triệu đồng", 1e6],
    ["Kinh phí (triệu đồng)", 1e6],
    ["Kinh phí thực hiện (đồng)", 1],
    ["Dự toán (nghìn đồng)", 1e3],
    ["Dự toán (ngàn đồng)", 1e3],
    ["Kinh phí (tỷ đồng)", 1e9],
    ["(trieu dong)", 1e6],
    ["(dong)", 1],
    ["DVT: nghin dong", 1e3],
    ["(TRIỆU ĐỒNG)", 1e6],
    ["(ĐỒNG)", 1],
    ["ĐVT: NGHÌN ĐỒNG", 1e3],
  ])("%p → %d", (text, scale) => {
    expect(unitOf(text)).toBe(scale);
    expect(unitOf(text.normalize("NFD"))).toBe(scale);
  });

  test.each(["Kinh phí thực hiện", "Nội dung", ""])("%p names no unit", (text) => {
    expect(unitOf(text)).toBeNull();
  });
});

describe("the seven columns", () => {
  test("one entry each, in the order tables print them", () => {
    expect(COLUMNS.map((spec) => spec.field)).toEqual([...FIELDS]);
    for (const field of FIELDS) expect(COLUMN[field].field).toBe(field);
    expect(TEXT_FIELDS).toEqual(["lead", "partners", "product", "schedule"]);
    expect(WRITTEN_FIELDS).toEqual(["task", "lead", "partners", "product", "schedule"]);
  });

  test.each(COLUMNS.map((spec) => [spec.header, spec.field] as const))(
    "the header the appendix is written with, %p, is read back as the %s column",
    (header, field) => {
      expect(fieldOfHeader(header)).toBe(field);
    }
  );

  test("TT and texts are written as text; Kinh phí as whole đồng, to the right", () => {
    expect(
      COLUMNS.filter((spec) => spec.numberFormat === "#,##0").map((spec) => spec.field)
    ).toEqual(["budget"]);
    expect(COLUMN.budget.horizontal).toBe("right");
    expect(COLUMN.number.horizontal).toBe("center");
  });
});
