import { describe, expect, test } from "@jest/globals";
import { sectionKey } from "../../../src/domain/consolidation/sectionKey";

describe("sectionKey: one CCHC area however a unit numbers and words it", () => {
  test.each([
    [
      "1. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
      "III. Cải cách TTHC",
      "Công tác cải cách thủ tục hành chính",
    ],
    [
      "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC",
      "2) Chỉ đạo, điều hành cải cách hành chính",
      "Chỉ đạo điều hành",
    ],
    ["Hiện đại hóa nền hành chính", "7. HIỆN ĐẠI HÓA HÀNH CHÍNH", "Hien dai hoa hanh chinh"],
  ])("%s ~ %s ~ %s", (a, b, c) => {
    expect(sectionKey(b)).toBe(sectionKey(a));
    expect(sectionKey(c)).toBe(sectionKey(a));
  });

  test("different areas stay apart; the plan's subject alone is kept", () => {
    expect(sectionKey("Cải cách thể chế")).not.toBe(sectionKey("Cải cách tài chính công"));
    expect(sectionKey("CẢI CÁCH HÀNH CHÍNH")).toBe("cai cach hanh chinh");
  });
});
