/**
 * Text copied from Word (or saved by it as plain text) puts a tab between a list paragraph's number or bullet and its text
 * ("1.\tCải cách thể chế", "a)\tRà soát …", "-\tChủ trì: …"), and writes Word's symbol-font bullets
 * as characters of the private use area. The plan importer reads a tab as a table's cell separator: a
 * line with one tab, right after a list marker, gets a space instead, and a symbol bullet becomes "-"
 * ("o", Word's second-level bullet, "+"). Lines with more tabs are table rows and are left as they are.
 */

/** "1.", "1.2.", "1)", "a)", "a.", "II.", a dash or a bullet: what Word puts before the tab. */
const LIST_MARKER =
  /^(\s*)((?:\d{1,2}\.)*\d{1,2}[.)]?|[a-zđ][.)]|[IVXL]{1,5}[.)]|[-–—•·▪●○◦*+])\t(?=\S)/i;
/** Symbol and Wingdings bullets as Word copies them: , , , , . */
const SYMBOL_BULLET = /^(\s*)[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8]\t?\s*(?=\S)/;
const SECOND_LEVEL = /^(\s*)o\t(?=\S)/;

export function withWordListMarks(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((line) => {
      if (line.split("\t").length > 2) return line;
      return line
        .replace(SYMBOL_BULLET, "$1- ")
        .replace(SECOND_LEVEL, "$1+ ")
        .replace(LIST_MARKER, "$1$2 ");
    })
    .join("");
}
