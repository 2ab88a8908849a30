import { folded } from "../text";

/**
 * A section's title as sources are matched by it: units number their CCHC areas differently and write
 * their titles their own way ("1. CẢI CÁCH TTHC", "III. Cải cách thủ tục hành chính", "Công tác cải
 * cách thủ tục hành chính"), so the key is the title folded, its number and the words around the area's
 * name left out, and the abbreviations plans use written out.
 */

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bcchc\b/g, "cai cach hanh chinh"],
  [/\btthc\b/g, "thu tuc hanh chinh"],
  [/\bqppl\b/g, "quy pham phap luat"],
  [/\bcbcc(vc)?\b/g, "can bo cong chuc"],
  [/\bcntt\b/g, "cong nghe thong tin"],
  [/\bhcnn\b/g, "hanh chinh nha nuoc"],
];
/** "1.", "II.", "a)", "2.3": the area's number in this unit's plan. */
const NUMBER = /^(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])\s*[.)/:-]\s*/;
/** Words that frame an area's name without naming it. */
const FRAME = /\b(?:cong tac|ve|viec|thuc hien|nhiem vu|linh vuc|nen)\b/g;
/** The plan's own subject, which some units add to an area's title ("… điều hành CCHC"). */
const SUBJECT = /\bcai cach hanh chinh\b/g;

export function sectionKey(title: string): string {
  let key = folded(title).replace(NUMBER, "");
  for (const [pattern, words] of ABBREVIATIONS) key = key.replace(pattern, words);
  const words = (text: string) =>
    text
      .replace(/[^a-z0-9 ]+/g, " ")
      .replace(FRAME, " ")
      .replace(/\s+/g, " ")
      .trim();
  const framed = words(key);
  // The subject goes, unless it is all the title says.
  return words(framed.replace(SUBJECT, " ")) || framed;
}
