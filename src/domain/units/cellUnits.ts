import { hasUnitWord } from "./readsAsUnit";
import { DEFAULT_KEYS } from "./defaultUnits";
import { BRACKETS, capitalised, plain, unitKey } from "./unitKey";

/**
 * The names one lead cell gives, where it names several units: "CC VP -TK, Công chức Tài Chính – Kế
 * toán." and "Phòng Nội vụ và UBND các phường" name two, while "Các ban, ngành có liên quan", "Văn
 * phòng, thống kê" and "Văn phòng HĐND và UBND xã" name one.
 */

/** Bodies a leading "Lãnh đạo" or "Thường trực" applies to, in "Lãnh đạo Đảng ủy, HĐND, UBND xã". */
const BODY = /^(?:dang uy|hdnd|ubnd|uy ban|hoi dong|mttq|mat tran|chi bo)(?: |$)/;
const ENDS_WITH_BODY = /(?:^| )(?:dang uy|hdnd|ubnd|nhan dan|mttq|to quoc)$/;
const LEADERSHIP = /^((?:lãnh đạo|thường trực)\s+)/iu;
/** "Văn phòng HĐND và UBND": the office of both bodies, one unit. */
const OFFICE_OF = /^van phong /;

/** The name as a list shows it: no role in brackets, no stray punctuation, a capital first. */
export function shownName(name: string): string {
  const text = name
    .normalize("NFC")
    .replace(BRACKETS, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s\-–—•*.,;:+]+|[\s\-–—.,;:+]+$/g, "")
    .trim();
  return capitalised(text);
}

const startsLower = (part: string) => {
  const first = part.trim().charAt(0);
  return first !== "" && first === first.toLowerCase() && first !== first.toUpperCase();
};
const plural = (value: string) => /^cac( |$)/.test(plain(value));

/** Split at "và" before a capitalised unit, unless the "và" joins two bodies one office serves. */
function splitAtAnd(part: string): string[] {
  return part.split(/\s+và\s+(?=\p{Lu})/u).reduce<string[]>((pieces, piece) => {
    const previous = pieces[pieces.length - 1];
    const officeOf =
      previous !== undefined &&
      OFFICE_OF.test(plain(previous)) &&
      ENDS_WITH_BODY.test(plain(previous)) &&
      BODY.test(plain(piece));
    if (previous !== undefined && (officeOf || !hasUnitWord(piece)))
      pieces[pieces.length - 1] += ` và ${piece}`;
    else pieces.push(piece);
    return pieces;
  }, []);
}

/**
 * The names CELL gives: split at ";", "+" and line breaks, at a comma unless what follows goes on with
 * the same name (a name KNOWN once joined, or a lower-case part that names no unit of its own), and at
 * "và" before a capitalised unit.
 */
export function cellUnits(cell: string, known: ReadonlySet<string> = DEFAULT_KEYS): string[] {
  const names: string[] = [];
  const text = cell.normalize("NFC").replace(BRACKETS, " ");
  for (const segment of text.split(/[;\n+]/)) {
    const parts: string[] = [];
    for (const raw of segment.split(",")) {
      const part = raw.trim();
      if (part === "") continue;
      const previous = parts[parts.length - 1];
      const goesOn =
        previous !== undefined &&
        (known.has(unitKey(`${previous} ${part}`).key) ||
          (startsLower(part) && !plural(part) && (plural(previous) || !hasUnitWord(part))));
      if (goesOn) parts[parts.length - 1] = `${previous}, ${part}`;
      else parts.push(part);
    }
    const split = parts.flatMap(splitAtAnd);
    const leadership = LEADERSHIP.exec(split[0] ?? "");
    split.forEach((part, i) => {
      const distributed =
        i > 0 && leadership !== null && BODY.test(plain(part)) ? `${leadership[1]}${part}` : part;
      const name = shownName(distributed);
      if (/[\p{L}\p{N}]/u.test(name)) names.push(name);
    });
  }
  return names;
}
