import { describe, expect, test } from "@jest/globals";
import { MammothElement } from "../../src/docx/mammothDocument";
import { pairLabels } from "../../src/docx/pairLabels";

const paragraph = (numbering: MammothElement["numbering"] = null): MammothElement => ({
  type: "paragraph",
  children: [],
  numbering,
});

describe("pairLabels", () => {
  test("pairs labels with paragraphs in document order, a paragraph before the paragraphs it holds", () => {
    const inner = paragraph();
    const outer: MammothElement = {
      type: "paragraph",
      children: [{ type: "run", children: [inner] }],
    };
    const inTable = paragraph();
    const document: MammothElement = {
      type: "document",
      children: [
        outer,
        {
          type: "table",
          children: [{ type: "tableRow", children: [{ type: "tableCell", children: [inTable] }] }],
        },
      ],
    };

    const paired = pairLabels(document, ["1.", null, "a)"]);

    expect([paired.get(outer), paired.get(inner), paired.get(inTable)]).toEqual([
      "1.",
      undefined,
      "a)",
    ]);
  });

  test("when the counts differ, only bullets are labelled, from mammoth's list levels", () => {
    const top = paragraph({ level: "0", isOrdered: false });
    const deeper = paragraph({ level: "1", isOrdered: false });
    const numbered = paragraph({ level: "0", isOrdered: true });
    const document: MammothElement = { type: "document", children: [top, deeper, numbered] };

    const paired = pairLabels(document, ["1.", "2."]);

    expect([paired.get(top), paired.get(deeper), paired.get(numbered)]).toEqual([
      "-",
      "+",
      undefined,
    ]);
  });
});
