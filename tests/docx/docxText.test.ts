import { describe, expect, test } from "@jest/globals";
import {
  FootnoteReferenceRun,
  Footer,
  Header,
  PageBreak,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import JSZip from "jszip";
import { DocxError } from "../../src/docx/docxError";
import { docxText } from "../../src/docx/docxText";
import { handWrittenWordFile, levelXml, paragraphXml as para, wordFile } from "./wordFiles";

const part = (text: string) => new Paragraph({ text, numbering: { reference: "parts", level: 0 } });
const section = (text: string, restart = false) =>
  new Paragraph({ text, numbering: { reference: "sections", level: 0, restart } });
const subsection = (text: string) =>
  new Paragraph({ text, numbering: { reference: "sections", level: 1 } });
const task = (text: string, restart = false) =>
  new Paragraph({ text, numbering: { reference: "tasks", level: 0, restart } });
const bullet = (text: string, level = 0) =>
  new Paragraph({ text, numbering: { reference: "bullets", level } });
const plain = (text: string) => new Paragraph({ text });

describe("docxText: Word's automatic numbering", () => {
  test('a plan\'s parts, sections, subsections, tasks and bullets get the numbers Word shows; a "+" bullet stays "+"', async () => {
    const file = await wordFile([
      plain("KẾ HOẠCH"),
      plain("Cải cách hành chính năm 2025"),
      part("MỤC ĐÍCH, YÊU CẦU"),
      section("Mục đích"),
      bullet("Nâng cao chất lượng giải quyết thủ tục hành chính"),
      bullet("Giảm thời gian chờ của người dân", 1),
      new Paragraph({ text: "Giảm hồ sơ trả lại", numbering: { reference: "plus", level: 0 } }),
      section("Yêu cầu"),
      part("NHIỆM VỤ TRỌNG TÂM"),
      section("Cải cách thể chế", true),
      subsection("Rà soát văn bản"),
      task("Rà soát các văn bản quy phạm pháp luật do xã ban hành"),
      plain("Cơ quan chủ trì: Văn phòng HĐND và UBND xã"),
      plain("Thời gian thực hiện: Quý II/2025"),
      task("Kiểm tra việc thực hiện văn bản"),
      subsection("Tuyên truyền"),
      task("Tuyên truyền trên loa truyền thanh", true),
      bullet("Hàng tháng"),
      section("Cải cách thủ tục hành chính"),
      subsection("Niêm yết công khai thủ tục"),
      part("TỔ CHỨC THỰC HIỆN"),
    ]);

    expect((await docxText(file)).split("\n")).toEqual([
      "KẾ HOẠCH",
      "Cải cách hành chính năm 2025",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "- Nâng cao chất lượng giải quyết thủ tục hành chính",
      "+ Giảm thời gian chờ của người dân",
      "+ Giảm hồ sơ trả lại",
      "2. Yêu cầu",
      "II. NHIỆM VỤ TRỌNG TÂM",
      "1. Cải cách thể chế",
      "1.1. Rà soát văn bản",
      "a) Rà soát các văn bản quy phạm pháp luật do xã ban hành",
      "Cơ quan chủ trì: Văn phòng HĐND và UBND xã",
      "Thời gian thực hiện: Quý II/2025",
      "b) Kiểm tra việc thực hiện văn bản",
      "1.2. Tuyên truyền",
      "a) Tuyên truyền trên loa truyền thanh",
      "- Hàng tháng",
      "2. Cải cách thủ tục hành chính",
      "2.1. Niêm yết công khai thủ tục",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });
});

describe("docxText: paragraphs", () => {
  test("typed numbers stay as typed; bold and italic runs give their text; an empty paragraph is an empty line", async () => {
    const file = await wordFile([
      plain("1. Công tác chỉ đạo, điều hành"),
      new Paragraph({
        children: [
          new TextRun({ text: "Nhiệm vụ: ", bold: true }),
          new TextRun({ text: "rà soát", italics: true }),
          new TextRun({ text: " thủ tục ", bold: true, italics: true }),
          new TextRun("hành chính"),
        ],
      }),
      plain("a) Niêm yết công khai"),
      plain(""),
      plain("- Thực hiện hàng quý"),
    ]);

    expect((await docxText(file)).split("\n")).toEqual([
      "1. Công tác chỉ đạo, điều hành",
      "Nhiệm vụ: rà soát thủ tục hành chính",
      "a) Niêm yết công khai",
      "",
      "- Thực hiện hàng quý",
    ]);
  });

  test("a tab in a paragraph is a space; a line break (Shift+Enter) starts a line; a page break is nothing", async () => {
    const file = await wordFile([
      new Paragraph({
        children: [new TextRun({ children: ["Cơ quan chủ trì:", new Tab(), "Công an xã"] })],
      }),
      new Paragraph({
        children: [
          new TextRun("Thời gian thực hiện: Quý I/2025"),
          new TextRun({ text: "Kinh phí: 5 triệu đồng", break: 1 }),
        ],
      }),
      new Paragraph({
        children: [new TextRun("Trước trang mới"), new PageBreak(), new TextRun(".")],
      }),
    ]);

    expect((await docxText(file)).split("\n")).toEqual([
      "Cơ quan chủ trì: Công an xã",
      "Thời gian thực hiện: Quý I/2025",
      "Kinh phí: 5 triệu đồng",
      "Trước trang mới.",
    ]);
  });

  test("headers, footers and footnotes are left out", async () => {
    const file = await wordFile(
      [
        new Paragraph({
          children: [new TextRun("Kế hoạch số 12/KH-UBND"), new FootnoteReferenceRun(1)],
        }),
      ],
      { footnotes: { 1: { children: [plain("Theo Nghị định 30/2020/NĐ-CP")] } } },
      {
        headers: { default: new Header({ children: [plain("UBND XÃ LONG ĐIỀN A")] }) },
        footers: { default: new Footer({ children: [plain("Trang 1")] }) },
      }
    );

    expect(await docxText(file)).toBe("Kế hoạch số 12/KH-UBND");
  });

  test("Vietnamese text written with combining marks comes out composed (NFC)", async () => {
    const decomposed = "Thời gian thực hiện: Quý IV".normalize("NFD");
    const file = await wordFile([
      new Paragraph({
        text: "Mục tiêu".normalize("NFD"),
        numbering: { reference: "sections", level: 0 },
      }),
      plain(decomposed),
    ]);

    const xml = await (await JSZip.loadAsync(file)).file("word/document.xml")!.async("string");
    expect(xml).toContain(decomposed);
    const text = await docxText(file);

    expect(text).toBe("1. Mục tiêu\nThời gian thực hiện: Quý IV");
  });
});

describe("docxText: the bytes it is given", () => {
  test("a view into a larger buffer (a Node Buffer is one) is read as the file it shows", async () => {
    const file = await wordFile([section("Rà soát"), plain("Văn phòng")]);
    const after = await wordFile([plain("Một tệp khác")]);
    const larger = new Uint8Array(8 + file.length + after.length);
    larger.set(file, 8);
    larger.set(after, 8 + file.length);

    expect(await docxText(new Uint8Array(larger.buffer, 8, file.length))).toBe(
      "1. Rà soát\nVăn phòng"
    );
    expect(await docxText(Buffer.from(larger.buffer, 8, file.length))).toBe(
      "1. Rà soát\nVăn phòng"
    );
  });
});

describe("docxText: tables", () => {
  const cell = (...texts: (string | Paragraph)[]) =>
    new TableCell({
      children: texts.map((text) => (typeof text === "string" ? plain(text) : text)),
    });
  const row = (...cells: TableCell[]) => new TableRow({ children: cells });

  test("a row is a line of its cells joined by tabs; a cell's paragraphs are joined by a space", async () => {
    const file = await wordFile([
      plain("Phụ lục"),
      new Table({
        rows: [
          row(cell("TT"), cell("Nhiệm vụ"), cell("Chủ trì"), cell("Thời gian")),
          row(
            cell("1"),
            cell("Rà soát", "thủ tục hành chính"),
            cell("Văn phòng"),
            cell("Quý I/2025")
          ),
          row(cell("2"), cell("Niêm yết công khai"), cell(""), cell("Hàng tháng")),
        ],
      }),
      plain("Nơi nhận:"),
    ]);

    expect((await docxText(file)).split("\n")).toEqual([
      "Phụ lục",
      "TT\tNhiệm vụ\tChủ trì\tThời gian",
      "1\tRà soát thủ tục hành chính\tVăn phòng\tQuý I/2025",
      "2\tNiêm yết công khai\t\tHàng tháng",
      "Nơi nhận:",
    ]);
  });

  test("merged cells keep the columns in line: the cells they cover are empty fields", async () => {
    const file = await wordFile([
      new Table({
        rows: [
          row(
            new TableCell({ children: [plain("TT")], rowSpan: 2 }),
            new TableCell({ children: [plain("Kinh phí")], columnSpan: 2 }),
            cell("Ghi chú")
          ),
          row(cell("Ngân sách xã"), cell("Nguồn khác"), cell("")),
          row(cell("1"), cell("5"), cell("3"), cell("Đã cấp")),
        ],
      }),
    ]);

    expect((await docxText(file)).split("\n")).toEqual([
      "TT\tKinh phí\t\tGhi chú",
      "\tNgân sách xã\tNguồn khác\t",
      "1\t5\t3\tĐã cấp",
    ]);
  });

  test("numbered paragraphs in cells keep their numbers, counted with the paragraphs around the table", async () => {
    const file = await wordFile([
      section("Trước bảng"),
      new Table({
        rows: [
          row(
            cell(section("Trong bảng"), bullet("Ý thứ nhất"), bullet("Ý thứ hai")),
            cell("Văn phòng")
          ),
        ],
      }),
      section("Sau bảng"),
    ]);

    expect((await docxText(file)).split("\n")).toEqual([
      "1. Trước bảng",
      "2. Trong bảng - Ý thứ nhất - Ý thứ hai\tVăn phòng",
      "3. Sau bảng",
    ]);
  });
});

describe("docxText: how Word counts lists", () => {
  const decimalList = (id: number, more = "") =>
    `<w:abstractNum w:abstractNumId="${id}">${levelXml(0, "decimal", "%1.")}${more}</w:abstractNum>`;
  const instance = (numId: number, abstractId: number, overrides = "") =>
    `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
  const restartAt = (start: number, ilvl = 0) =>
    `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;

  test("instances of one list go on counting; one with a start override restarts, and the list goes on from there", async () => {
    const file = await handWrittenWordFile({
      numbering:
        decimalList(0) +
        instance(1, 0) +
        instance(2, 0) +
        instance(3, 0, restartAt(1)) +
        instance(4, 0, restartAt(5)),
      body:
        para("Một", { numId: 1 }) +
        para("Hai", { numId: 1 }) +
        para("Đoạn giữa") +
        para("Ba", { numId: 2 }) +
        para("Lại một", { numId: 3 }) +
        para("Lại hai", { numId: 1 }) +
        para("Năm", { numId: 4 }) +
        para("Sáu", { numId: 4 }),
    });

    expect((await docxText(file)).split("\n")).toEqual([
      "1. Một",
      "2. Hai",
      "Đoạn giữa",
      "3. Ba",
      "1. Lại một",
      "2. Lại hai",
      "5. Năm",
      "6. Sáu",
    ]);
  });

  test("start values, level formats, isLgl and a level that never restarts", async () => {
    const file = await handWrittenWordFile({
      numbering:
        `<w:abstractNum w:abstractNumId="0">${levelXml(0, "upperRoman", "Phần %1.", 3)}` +
        levelXml(1, "decimal", "%1.%2.", 1, `<w:isLgl/>`) +
        levelXml(2, "lowerRoman", "(%3)") +
        `</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1">${levelXml(0, "decimalZero", "%1.")}` +
        levelXml(1, "upperLetter", "%2.", 1, `<w:lvlRestart w:val="0"/>`) +
        `</w:abstractNum>` +
        instance(1, 0) +
        instance(2, 1),
      body:
        para("Ba", { numId: 1 }) +
        para("Ba một", { numId: 1, ilvl: 1 }) +
        para("i", { numId: 1, ilvl: 2 }) +
        para("ii", { numId: 1, ilvl: 2 }) +
        para("Ba hai", { numId: 1, ilvl: 1 }) +
        para("i lại", { numId: 1, ilvl: 2 }) +
        para("Bốn", { numId: 1 }) +
        para("Bốn một", { numId: 1, ilvl: 1 }) +
        para("Một", { numId: 2 }) +
        para("A", { numId: 2, ilvl: 1 }) +
        para("Hai", { numId: 2 }) +
        para("B", { numId: 2, ilvl: 1 }),
    });

    expect((await docxText(file)).split("\n")).toEqual([
      "Phần III. Ba",
      "3.1. Ba một",
      "(i) i",
      "(ii) ii",
      "3.2. Ba hai",
      "(i) i lại",
      "Phần IV. Bốn",
      "4.1. Bốn một",
      "01. Một",
      "A. A",
      "02. Hai",
      "B. B",
    ]);
  });

  test("numbering a paragraph style gives (headings), taken away with numId 0, and a list behind a numbering style", async () => {
    const style = (type: string, id: string, numPr: string, more = "") =>
      `<w:style w:type="${type}" w:styleId="${id}">${more}<w:pPr><w:numPr>${numPr}</w:numPr></w:pPr></w:style>`;
    const file = await handWrittenWordFile({
      styles:
        style("paragraph", "Heading1", `<w:numId w:val="1"/>`) +
        style("paragraph", "Heading2", `<w:ilvl w:val="1"/><w:numId w:val="1"/>`) +
        style("paragraph", "Task", ``, `<w:basedOn w:val="Heading2"/>`) +
        style("numbering", "PlanList", `<w:numId w:val="3"/>`),
      numbering:
        `<w:abstractNum w:abstractNumId="0">${levelXml(0, "upperRoman", "%1.", 1, `<w:pStyle w:val="Heading1"/>`)}` +
        levelXml(1, "decimal", "%2.", 1, `<w:pStyle w:val="Heading2"/>`) +
        `</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="PlanList"/>${levelXml(0, "lowerLetter", "%1)")}</w:abstractNum>` +
        instance(1, 0) +
        instance(2, 1) +
        instance(3, 2),
      body:
        para("MỤC ĐÍCH", undefined, `<w:pStyle w:val="Heading1"/>`) +
        para("Mục đích", undefined, `<w:pStyle w:val="Heading2"/>`) +
        para("Yêu cầu", undefined, `<w:pStyle w:val="Task"/>`) +
        para(
          "Không đánh số",
          undefined,
          `<w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr>`
        ) +
        para("NHIỆM VỤ", undefined, `<w:pStyle w:val="Heading1"/>`) +
        para("Rà soát", { numId: 2 }) +
        para("Kiểm tra", { numId: 2 }),
    });

    expect((await docxText(file)).split("\n")).toEqual([
      "I. MỤC ĐÍCH",
      "1. Mục đích",
      "2. Yêu cầu",
      "Không đánh số",
      "II. NHIỆM VỤ",
      "a) Rà soát",
      "b) Kiểm tra",
    ]);
  });

  test("text boxes, their drawing's fallback and tracked deletions leave the numbers with their paragraphs", async () => {
    const textBox = (content: string) =>
      `<w:r><mc:AlternateContent>` +
      `<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
      `</mc:AlternateContent></w:r>`;
    const deletedMark = `<w:rPr><w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:rPr>`;
    const file = await handWrittenWordFile({
      numbering: decimalList(0) + instance(1, 0),
      body:
        `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
        `<w:r><w:t>Có hộp chữ</w:t></w:r>${textBox(para("Trong hộp", { numId: 1 }))}</w:p>` +
        para("Sau hộp", { numId: 1 }) +
        para("Dòng đã xoá dấu đoạn, ", { numId: 1 }, deletedMark) +
        para("nối vào đoạn sau", { numId: 1 }) +
        `<w:del w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z">${para("Bị xoá")}</w:del>` +
        para("Cuối", { numId: 1 }),
    });

    expect((await docxText(file)).split("\n")).toEqual([
      "1. Có hộp chữ",
      "2. Trong hộp",
      "3. Sau hộp",
      "4. Dòng đã xoá dấu đoạn, nối vào đoạn sau",
      "5. Cuối",
    ]);
  });
});

describe("docxText: files that are no readable Word document", () => {
  async function reason(bytes: Uint8Array): Promise<string> {
    const error = await docxText(bytes).then(
      () => undefined,
      (thrown: unknown) => thrown
    );
    expect(error).toBeInstanceOf(DocxError);
    expect(error).toBeInstanceOf(Error);
    return (error as DocxError).reason;
  }

  /** An OLE compound file: its signature, and a directory entry named `stream` at offset 512. */
  function compoundFile(stream: string): Uint8Array {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (let i = 0; i < stream.length; i++) bytes[512 + 2 * i] = stream.charCodeAt(i);
    bytes[512 + 64] = (stream.length + 1) * 2;
    bytes[512 + 66] = 2;
    return bytes;
  }

  test("text, an empty file and an old .doc are not .docx", async () => {
    expect(await reason(new TextEncoder().encode("1. Rà soát thủ tục hành chính\n"))).toBe(
      "not-docx"
    );
    expect(await reason(new Uint8Array(0))).toBe("not-docx");
    expect(await reason(compoundFile("WordDocument"))).toBe("not-docx");
  });

  test("a password-protected document is encrypted", async () => {
    expect(await reason(compoundFile("EncryptedPackage"))).toBe("encrypted");
  });

  test("a zip without a Word document (an .xlsx, any zip) is not .docx", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "Kế hoạch");
    expect(await reason(await zip.generateAsync({ type: "uint8array" }))).toBe("not-docx");

    const workbook = new JSZip();
    workbook.file(
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
        `</Relationships>`
    );
    workbook.file(
      "xl/workbook.xml",
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`
    );
    expect(await reason(await workbook.generateAsync({ type: "uint8array" }))).toBe("not-docx");
  });

  test("a package whose parts would inflate past 256 MB is refused before anything is inflated", async () => {
    const file = await wordFile([new Paragraph({ text: "Kế hoạch" })]);
    // The central directory says a part is 300 MB: the size a zip bomb declares.
    const bomb = Uint8Array.from(file);
    const view = new DataView(bomb.buffer);
    let at = bomb.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at--;
    const central = view.getUint32(at + 16, true);
    view.setUint32(central + 24, 300 * 1024 * 1024, true);
    expect(await reason(bomb)).toBe("too-large");
  });

  test("a part that inflates past the size it says is refused while it inflates, not once held", async () => {
    // A document of 24 MB of blanks, deflated to a few kilobytes, whose entry says it is 2 KB.
    const zip = await JSZip.loadAsync(await wordFile([new Paragraph({ text: "Kế hoạch" })]));
    const document = (await zip.file("word/document.xml")!.async("string")).replace(
      "<w:body>",
      `<w:body>${" ".repeat(24 * 1024 * 1024)}`
    );
    zip.file("word/document.xml", document);
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const entry = centralEntryOf(bomb, new TextEncoder().encode("word/document.xml"));
    view.setUint32(entry + 24, 2048, true);
    const error = await docxText(bomb).then(
      () => undefined,
      (thrown: unknown) => thrown
    );
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).reason).toBe("damaged");
    // Stopped by the size check, not by JSZip's own, which comes after the whole part is inflated.
    expect((error as DocxError).cause).toBeUndefined();
  });

  test("a cut-off zip, a zip with corrupt compressed data and a document that is not XML are damaged", async () => {
    const file = await wordFile([section("Rà soát thủ tục hành chính")]);
    expect(await reason(file.slice(0, Math.floor(file.length / 2)))).toBe("damaged");

    // Overwrite the middle of word/document.xml's compressed bytes: the inflater or the checksum fails.
    const corrupt = file.slice();
    const name = new TextEncoder().encode("word/document.xml");
    const header = localHeaderOf(corrupt, name);
    const view = new DataView(corrupt.buffer);
    const data =
      header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const size = view.getUint32(header + 18, true);
    corrupt.fill(0xff, data + Math.floor(size / 4), data + Math.floor((3 * size) / 4));
    expect(await reason(corrupt)).toBe("damaged");

    const broken = await handWrittenWordFile({ body: `<w:p><w:r><w:t>Thiếu thẻ đóng</w:t></w:r>` });
    expect(await reason(broken)).toBe("damaged");
  });
});

/** Where the zip's local file header of the entry `name` starts. */
function localHeaderOf(zip: Uint8Array, name: Uint8Array): number {
  const signature = [0x50, 0x4b, 0x03, 0x04];
  for (let at = 0; at + 30 + name.length <= zip.length; at++) {
    if (
      signature.every((byte, i) => zip[at + i] === byte) &&
      name.every((byte, i) => zip[at + 30 + i] === byte)
    )
      return at;
  }
  throw new Error("no such entry");
}

/** Where the zip's central directory entry of `name` starts. */
function centralEntryOf(zip: Uint8Array, name: Uint8Array): number {
  const signature = [0x50, 0x4b, 0x01, 0x02];
  for (let at = 0; at + 46 + name.length <= zip.length; at++) {
    if (
      signature.every((byte, i) => zip[at + i] === byte) &&
      name.every((byte, i) => zip[at + 46 + i] === byte)
    )
      return at;
  }
  throw new Error("no such entry");
}
