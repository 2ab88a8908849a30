import { Document, ILevelsOptions, LevelFormat, Packer, Paragraph, Table } from "docx";
import JSZip from "jszip";

/** The lists the plans in these tests number their paragraphs with, as Word's list gallery makes them. */
export const PLAN_LISTS: { reference: string; levels: ILevelsOptions[] }[] = [
  { reference: "parts", levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1." }] },
  {
    reference: "sections",
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: "%1." },
      { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2." },
    ],
  },
  { reference: "tasks", levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: "%1)" }] },
  {
    reference: "bullets",
    levels: [
      { level: 0, format: LevelFormat.BULLET, text: "•" },
      { level: 1, format: LevelFormat.BULLET, text: "◦" },
    ],
  },
  { reference: "plus", levels: [{ level: 0, format: LevelFormat.BULLET, text: "+" }] },
];

/** A .docx made by the docx package, as Word would save it. */
export async function wordFile(
  children: (Paragraph | Table)[],
  options: Partial<ConstructorParameters<typeof Document>[0]> = {},
  section: Partial<ConstructorParameters<typeof Document>[0]["sections"][number]> = {}
): Promise<Uint8Array> {
  const document = new Document({
    numbering: { config: PLAN_LISTS },
    ...options,
    sections: [{ ...section, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NAMESPACES =
  `xmlns:w="${W}" xmlns:v="urn:schemas-microsoft-com:vml" ` +
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`;

/**
 * A .docx written by hand, for what the docx package does not write (lists continued over instances,
 * numbering styles, text boxes, tracked changes): `body` is the content of <w:body>, `numbering` and
 * `styles` that of <w:numbering> and <w:styles>.
 */
export async function handWrittenWordFile(parts: {
  body: string;
  numbering?: string;
  styles?: string;
}): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    ["/word/document.xml", "document.main+xml"],
    ["/word/numbering.xml", "numbering+xml"],
    ["/word/styles.xml", "styles+xml"],
  ]
    .map(
      ([name, type]) =>
        `<Override PartName="${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}"/>`
    )
    .join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELATIONSHIPS}">` +
      `<Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELATIONSHIPS}">` +
      `<Relationship Id="rId1" Type="${TYPE}/numbering" Target="numbering.xml"/>` +
      `<Relationship Id="rId2" Type="${TYPE}/styles" Target="styles.xml"/></Relationships>`
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${parts.body}</w:body></w:document>`
  );
  zip.file(
    "word/numbering.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NAMESPACES}>${parts.numbering ?? ""}</w:numbering>`
  );
  zip.file(
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NAMESPACES}>${parts.styles ?? ""}</w:styles>`
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** <w:p> with a run of `text`, numbered with the list instance `numId` at level `ilvl` when given. */
export function paragraphXml(
  text: string,
  numbering?: { numId: number; ilvl?: number },
  more = ""
): string {
  const numPr = numbering
    ? `<w:numPr><w:ilvl w:val="${numbering.ilvl ?? 0}"/><w:numId w:val="${numbering.numId}"/></w:numPr>`
    : "";
  const properties = numPr || more ? `<w:pPr>${more}${numPr}</w:pPr>` : "";
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** <w:lvl>: its level, w:numFmt, w:lvlText, w:start, and any more of its properties. */
export function levelXml(ilvl: number, format: string, text: string, start = 1, more = ""): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>` +
    `<w:lvlText w:val="${text}"/>${more}</w:lvl>`
  );
}
