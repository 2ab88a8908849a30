import { describe, expect, test } from "@jest/globals";
import * as zlib from "zlib";
import { carriedCrc32 } from "../../src/xlsx/crc32";
import { CHUNK_BYTES, XmlBytes } from "../../src/xlsx/xmlBytes";
import { CompressingPart } from "../../src/xlsx/zipWriter";

/** What an XmlBytes hands on and ends with, as one UTF-8 text, and the chunks it came in. */
function written(write: (out: XmlBytes) => void): { text: string; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const out = new XmlBytes((chunk) => chunks.push(chunk));
  write(out);
  chunks.push(out.end());
  return { text: Buffer.concat(chunks).toString("utf8"), chunks };
}

describe("XmlBytes", () => {
  test("markup, numbers and text in the order written", () => {
    const { text } = written((out) =>
      out.markup('<c r="B').number(12).markup('"><v>').text("Văn phòng – Thống kê").markup("</v>")
    );
    expect(text).toBe('<c r="B12"><v>Văn phòng – Thống kê</v>');
  });

  test("numbers as JavaScript prints them, whole or not, large or below zero", () => {
    const values = [0, 7, 10, 99_999, 2 ** 31 - 1, 2 ** 31, 18_309_500_000, -5, 34.5, 0.1, 1e21];
    const { text } = written((out) => values.forEach((value) => out.number(value).markup(" ")));
    expect(text).toBe(values.map((value) => `${value} `).join(""));
  });

  test("text of any script in UTF-8, surrogate pairs included", () => {
    const texts = ["Đã hoàn thành", "Ea H'Leo", "😀 ở", "中文"];
    const { text } = written((out) => texts.forEach((each) => out.text(each)));
    expect(text).toBe(texts.join(""));
  });

  test("a chunk is handed on when full, nothing lost between chunks, a text longer than a chunk whole", () => {
    const row = '<row r="1"><c r="A1" s="3"><v>42</v></c></row>';
    const long = "ư".repeat(CHUNK_BYTES);
    const { text, chunks } = written((out) => {
      for (let i = 0; i < 60_000; i++) out.markup(row);
      out.text(long).markup("</sheetData>");
    });
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length > 0)).toBe(true);
    expect(text).toBe(row.repeat(60_000) + long + "</sheetData>");
  });
});

describe("CompressingPart", () => {
  test("chunks deflated apart make one deflate stream of the whole, with the whole's CRC-32 and size", async () => {
    const pieces = Array.from({ length: 5 }, (_, i) =>
      Buffer.from(`<row r="${i}">${"<c/>".repeat(50_000 + i)}</row>`.repeat(3))
    );
    const part = new CompressingPart("xl/worksheets/sheet1.xml");
    pieces.slice(0, -1).forEach((piece) => part.add(piece));
    const compressed = await part.end(pieces[pieces.length - 1]);
    const whole = Buffer.concat(pieces);
    expect(zlib.inflateRawSync(compressed.data).equals(whole)).toBe(true);
    expect(compressed.crc).toBe(zlib.crc32(whole));
    expect(compressed.size).toBe(whole.length);
    expect(compressed.name.toString()).toBe("xl/worksheets/sheet1.xml");
  });

  test("the JavaScript CRC-32 (Node before 20.15) carries on over chunks as zlib's does", () => {
    const chunks = ["<sst>", "Đã hoàn thành", "", "x".repeat(1000)].map((text) =>
      Buffer.from(text)
    );
    let carried = 0;
    for (const chunk of chunks) carried = carriedCrc32(chunk, carried);
    expect(carried).toBe(zlib.crc32(Buffer.concat(chunks)));
  });

  test("a part given whole, or empty", async () => {
    const empty = await new CompressingPart("empty.xml").end(Buffer.alloc(0));
    expect(zlib.inflateRawSync(empty.data).length).toBe(0);
    expect(empty.crc).toBe(0);
  });
});
