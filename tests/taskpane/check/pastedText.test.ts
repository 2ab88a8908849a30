import { describe, expect, test } from "@jest/globals";
import { separatorOf } from "../../../src/domain/delimitedText";
import { checkPastedText } from "../../../src/usecases/checkSheet";
import { sampleLines, sampleText } from "../support/sample";

/** The sample's lines as a .csv opened in a text editor shows them: quoted where a field needs it. */
function asDelimited(separator: "," | ";"): string {
  const field = (text: string) =>
    text.includes(separator) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
  return sampleLines.map((line) => line.split("\t").map(field).join(separator)).join("\r\n");
}

const findingsOf = (text: string, separator?: "\t" | "," | ";") => {
  const outcome = checkPastedText(text, separator);
  if (outcome.kind !== "checked") throw new Error(outcome.message);
  return outcome.findings.map(({ severity, cell, message }) => ({ severity, cell, message }));
};

describe("the separator of pasted text, as the command line finds it in a .csv", () => {
  test("tab-separated text from Excel or Word, even with commas in its cells", () => {
    expect(separatorOf(sampleText)).toBe("\t");
    expect(separatorOf("TT\tNhiệm vụ\n1\tHọp, báo cáo, tổng kết")).toBe("\t");
  });

  test("the lines of a .csv: commas, or semicolons when they outnumber the commas", () => {
    expect(separatorOf("TT,Nhiệm vụ,Kinh phí\n1,Họp,500.000")).toBe(",");
    expect(separatorOf("TT;Nhiệm vụ;Kinh phí\n1;Họp, báo cáo;500.000")).toBe(";");
    expect(separatorOf('\ufeff"TT","Nhiệm vụ"\n"1","Họp"')).toBe(",");
  });

  test("separators inside quoted fields do not count", () => {
    // A tab and semicolons inside quotes: still a comma-separated line.
    expect(separatorOf('TT,Nhiệm vụ\n1,"a\tb; c; d; e"')).toBe(",");
    expect(separatorOf('TT;Nhiệm vụ\n1;"a, b, c, d"')).toBe(";");
    // A doubled quote inside a quoted field does not end it.
    expect(separatorOf('TT,Ghi chú\n1,"nói ""a; b; c"""')).toBe(",");
  });
});

describe("checking a pasted .csv", () => {
  test("comma-separated lines give the findings the tab-separated table gives", () => {
    const csv = asDelimited(",");
    expect(csv.split("\r\n")[0]).toBe(
      "TT,Nhiệm vụ cụ thể,Bộ phận chủ trì tham mưu,Bộ phận phối hợp triển khai thực hiện," +
        "Sản phẩm kiểm chứng,Thời gian thực hiện,Kinh phí thực hiện"
    );
    const expected = findingsOf(sampleText, "\t");
    expect(expected.filter((finding) => finding.severity === "error")).toHaveLength(5);
    expect(findingsOf(csv)).toEqual(expected);
  });

  test("semicolon-separated lines too", () => {
    expect(findingsOf(asDelimited(";"))).toEqual(findingsOf(sampleText, "\t"));
  });
});
