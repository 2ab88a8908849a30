import { MammothElement } from "./mammothDocument";

/**
 * mammoth's paragraphs with the labels worked out from word/document.xml (wordParagraphLabels), paired
 * by order: mammoth's paragraphs in document order, a paragraph before those it holds. Should the
 * counts differ (a construct the walk does not mirror), the pairing cannot be trusted: then only
 * bullets get a label, from mammoth's own list levels, and numbered paragraphs keep their text alone.
 */
export function pairLabels(
  document: MammothElement,
  labels: (string | null)[]
): Map<MammothElement, string> {
  const paragraphs: MammothElement[] = [];
  const collect = (element: MammothElement) => {
    if (element.type === "paragraph") paragraphs.push(element);
    element.children?.forEach(collect);
  };
  collect(document);

  const paired = new Map<MammothElement, string>();
  paragraphs.forEach((paragraph, index) => {
    const label =
      paragraphs.length === labels.length ? labels[index] : bulletOf(paragraph.numbering ?? null);
    if (label) paired.set(paragraph, label);
  });
  return paired;
}

function bulletOf(numbering: MammothElement["numbering"]): string | null {
  if (!numbering || numbering.isOrdered) return null;
  return numbering.level === "0" ? "-" : "+";
}
