import { ListCounters } from "./listCounters";
import { LIST_LEVELS, ListDefinitions } from "./listDefinitions";
import { WordStyles } from "./wordStyles";
import { childValue, firstChild, XmlElement } from "./xmlTree";

/*
 * mammoth's document model says whether a paragraph is in a list, and at which level, but not in
 * which list instance (w:numId), so it cannot tell a restarted list from a continued one, nor read
 * level formats or start values. The numbers are therefore worked out here from word/document.xml and
 * paired with mammoth's paragraphs by their order. To keep that order the same, this walk goes only
 * where mammoth's body reader goes and puts paragraphs where it puts them: a paragraph whose mark is
 * deleted (tracked changes) is merged into the next one; text boxes of a w:pict come after the
 * paragraph holding them; deleted table rows and what mammoth does not read (w:del, w:moveFrom,
 * DrawingML text boxes) are left out.
 */

/** Each paragraph's label ("1.", "a)", "-"; null: none), in the order of mammoth's paragraphs. */
export function wordParagraphLabels(
  document: XmlElement,
  lists: ListDefinitions,
  styles: WordStyles
): (string | null)[] {
  const walk = new LabelWalk(lists, styles);
  return walk.readAll(firstChild(document, "w:body")?.children ?? []).value;
}

/** Elements mammoth reads through to the elements they hold. */
const READ_THROUGH = new Set([
  "w:r",
  "w:hyperlink",
  "w:tbl",
  "w:tc",
  "w:customXml",
  "w:ins",
  "w:moveTo",
  "w:object",
  "w:smartTag",
  "v:roundrect",
  "v:shape",
  "v:textbox",
  "w:txbxContent",
  "v:group",
  "v:rect",
]);

type Label = string | null;

/** As mammoth's reader gives it: paragraphs in place, and extras, put after the enclosing paragraph. */
interface Labels {
  value: Label[];
  extra: Label[];
}

class LabelWalk {
  private readonly counters = new ListCounters();
  /** What paragraphs with a deleted mark held, which goes into the next paragraph. */
  private deletedParagraphContents: XmlElement[] = [];

  constructor(
    private readonly lists: ListDefinitions,
    private readonly styles: WordStyles
  ) {}

  readAll(elements: XmlElement[]): Labels {
    const labels: Labels = { value: [], extra: [] };
    // One by one: a long table's labels are too many for push(...labels).
    for (const element of elements) {
      const read = this.read(element);
      for (const label of read.value) labels.value.push(label);
      for (const label of read.extra) labels.extra.push(label);
    }
    return labels;
  }

  private read(element: XmlElement): Labels {
    if (element.name === "w:p") return this.readParagraph(element);
    if (READ_THROUGH.has(element.name)) return this.readAll(element.children);
    if (element.name === "w:tr") {
      const rowProperties = firstChild(element, "w:trPr");
      return rowProperties && firstChild(rowProperties, "w:del")
        ? { value: [], extra: [] }
        : this.readAll(element.children);
    }
    if (element.name === "w:sdt")
      return this.readAll(firstChild(element, "w:sdtContent")?.children ?? []);
    if (element.name === "w:pict") {
      const read = this.readAll(element.children);
      return { value: [], extra: [...read.extra, ...read.value] };
    }
    return { value: [], extra: [] };
  }

  private readParagraph(paragraph: XmlElement): Labels {
    const properties = firstChild(paragraph, "w:pPr");
    const markProperties = properties && firstChild(properties, "w:rPr");
    if (markProperties && firstChild(markProperties, "w:del")) {
      this.deletedParagraphContents.push(...paragraph.children);
      return { value: [], extra: [] };
    }
    const children = [...this.deletedParagraphContents, ...paragraph.children];
    this.deletedParagraphContents = [];
    // Counted before what the paragraph holds, in the order its label comes in the output.
    const label = this.label(properties);
    const inside = this.readAll(children);
    return { value: [label, ...inside.value, ...inside.extra], extra: [] };
  }

  private label(properties: XmlElement | undefined): Label {
    const direct = properties && firstChild(properties, "w:numPr");
    const styleId = childValue(properties, "w:pStyle") ?? this.styles.defaultParagraphStyle;
    const fromStyle = this.styles.paragraphNumbering(styleId);
    const numId = childValue(direct, "w:numId") ?? fromStyle.numId;
    // numId 0 takes away the numbering a style gives.
    if (numId === undefined || numId === "0") return null;
    const instance = this.lists.instance(numId);
    if (!instance) return null;
    const ilvl =
      level(childValue(direct, "w:ilvl")) ??
      level(fromStyle.ilvl) ??
      (styleId === undefined ? undefined : instance.levelOfStyle(styleId)) ??
      0;
    return this.counters.next(numId, instance, ilvl);
  }
}

function level(text: string | undefined): number | undefined {
  const value = text === undefined ? NaN : Number.parseInt(text, 10);
  return value >= 0 && value < LIST_LEVELS ? value : undefined;
}
