import { describe, expect, test } from "@jest/globals";
import { placeOfIssuer } from "../../../src/domain/report/reportPlace";

describe("placeOfIssuer: the place of the date line, from the issuing body", () => {
  test.each([
    ["UBND xã Thượng Lộ", "Thượng Lộ"],
    ["Ủy ban nhân dân phường An Hòa", "An Hòa"],
    ["UỶ BAN NHÂN DÂN XÃ LONG ĐIỀN A", "Long Điền A"],
    ["UBND thị trấn Phú Mỹ", "Phú Mỹ"],
    ["UBND đặc khu Phú Quốc", "Phú Quốc"],
    ["UBND xa Thuong Lo", "Thuong Lo"],
  ])("%s → %s", (issuer, place) => {
    expect(placeOfIssuer(issuer)).toBe(place);
  });

  test("a body naming no commune, ward or town gives no place", () => {
    expect(placeOfIssuer("Sở Nội vụ")).toBeNull();
    expect(placeOfIssuer("UBND xã")).toBeNull();
  });
});
