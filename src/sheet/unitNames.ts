import { folded } from "../domain/text";

/**
 * The units of the Chủ trì drop-down, from the names a plan's lead cells give: only names that read as
 * a unit, one entry per unit.
 *
 * A rule about what names a unit, with nothing of a sheet in it: it belongs to the domain, beside the
 * reports that group tasks by lead unit, and lives here until the domain has a place for it.
 *
 * Lead cells are written many ways (DESIGN, "Reports"): "Văn phòng – Thống kê", "Văn phòng - Thống kê
 * xã", "VP-TK", "CC VP - TK", "Công chức Văn Phòng – Thống kê(Phụ trách nội vụ)" and "Văn phòng,
 * thống kê" are one unit; a cell may name several ("CC VP -TK, Công chức Tài Chính – Kế toán.", "Phòng
 * Nội vụ và UBND các phường") and a unit's own name may hold a comma ("Các ban, ngành có liên quan").
 * Titles (Công chức, Cán bộ, Bộ phận, Phụ trách), the commune's level (xã, phường, thị trấn), a role in
 * brackets and punctuation are not the unit. A cell that describes people ("Các cán bộ, công chức có
 * sai phạm", "Đội ngũ cán bộ UBND xã") or a task ("Tổ chức hội nghị …") names no unit. No unit name is
 * built in beyond the default list the officer starts from.
 */

/** Units a commune's plan usually names; the officer edits the list on the sheet. */
export const DEFAULT_UNITS = [
  "Văn phòng – Thống kê",
  "Tư pháp – Hộ tịch",
  "Tài chính – Kế toán",
  "Địa chính – Xây dựng",
  "Văn hóa – Xã hội",
  "Bộ phận Tiếp nhận và trả kết quả",
  "Công an xã",
  "Quân sự xã",
  "Lãnh đạo UBND xã",
  "Các ban, ngành có liên quan",
];

/** Words of a unit's name, compared without diacritics: "văn phòng", "ubnd" … */
const UNIT_WORDS = [
  "van phong",
  "thong ke",
  "tai chinh",
  "ke toan",
  "tu phap",
  "ho tich",
  "dia chinh",
  "van hoa",
  "cong an",
  "quan su",
  "uy ban",
  "ubnd",
  "hdnd",
  "hoi dong",
  "dang uy",
  "chi bo",
  "mat tran",
  "mttq",
  "doan the",
  "cong doan",
  "bo phan",
  "y te",
  "lanh dao",
  "thuong truc",
];
/** One-syllable unit words, compared with their diacritics ("ban" is no "bản", "phòng" no "phong"). */
const UNIT_SYLLABLES = [
  "hội",
  "đoàn",
  "ban",
  "phòng",
  "ngành",
  "tổ",
  "thôn",
  "ấp",
  "trường",
  "trạm",
  "đài",
  "sở",
];
/** Titles before the unit, which are not the unit. */
const TITLES = ["cong chuc", "cc", "can bo", "cb", "bo phan", "bp", "phu trach"];
/** A cell about people: the people, not their unit. */
const PEOPLE =
  /^(?:(?:cac|toan the|tat ca) )?(?:(?:cac|toan the|tat ca) (?:can bo|cong chuc)|can bo cong chuc|cbcc|doi ngu|thanh vien|ca nhan|nguoi|dong chi|cong dan|nhan dan|ho gia dinh)(?: |$)|(?:^| )(?:sai pham|vi pham)(?: |$)/;
/** A cell that says what to do: a task, not who does it. */
const TASK =
  /^(?:thuc hien|trien khai|ban hanh|xay dung|to chuc|tuyen truyen|kiem tra|ra soat|tham muu|theo doi|bao cao|cap nhat|cong khai|niem yet|duy tri|day manh|nang cao|huong dan|phoi hop|chi dao|giai quyet|xu ly|danh gia|tong hop|lap|dang tai|so hoa|cung cap|bo tri|dao tao|boi duong|so ket|tong ket)(?: |$)/;
/** The column's own header ("Bộ phận chủ trì (tham mưu)") once its title is left out. */
const HEADER = /^(?:chu tri|phoi hop|tham muu)(?: |$)/;
/** Bodies a leading "Lãnh đạo" or "Thường trực" applies to, in "Lãnh đạo Đảng ủy, HĐND, UBND xã". */
const BODY = /^(?:dang uy|hdnd|ubnd|uy ban|hoi dong|mttq|mat tran|chi bo)(?: |$)/;
const LEADERSHIP = /^((?:lãnh đạo|thường trực)\s+)/iu;
/** At most this many words: a longer cell describes something. */
const MAX_WORDS = 12;

interface Token {
  /** Without diacritics, lower case. */
  word: string;
  /** Written in capitals, such as "VP", "TN", "HĐND": each letter a word of the full name. */
  initials: boolean;
}

/** A name as compared: its words without titles, level and punctuation, and their initials. */
interface UnitKey {
  key: string;
  /** The initial of each word, every letter of an abbreviation: "VP-TK" and "Văn phòng – Thống kê" are "vptk". */
  signature: string;
  abbreviated: boolean;
  /** Whether a title stood before the unit ("Công chức …", "Bộ phận …"). */
  titled: boolean;
}

const BRACKETS = /\([^)]*\)?|\[[^\]]*\]?/g;
const PUNCTUATION = /[–—\-,.;:/+!?"“”'‘’*•_]+/g;
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;

function tokens(name: string): Token[] {
  return name
    .normalize("NFC")
    .replace(BRACKETS, " ")
    .replace(/&/g, " và ")
    .replace(PUNCTUATION, " ")
    .split(/\s+/)
    .filter((word) => word !== "")
    .map((word) => ({
      word: folded(word),
      initials:
        [...word].filter((c) => LETTER.test(c)).length >= 2 &&
        word === word.toLocaleUpperCase("vi-VN") &&
        CAPITAL.test(word),
    }));
}

function startsWith(list: Token[], words: string): boolean {
  const wanted = words.split(" ");
  return wanted.every((word, i) => list[i]?.word === word);
}

function unitKey(name: string): UnitKey {
  let list = tokens(name);
  let titled = false;
  for (let found = true; found;) {
    found = false;
    for (const title of TITLES) {
      if (startsWith(list, title) && list.length > title.split(" ").length - 1) {
        list = list.slice(title.split(" ").length);
        titled = found = true;
      }
    }
  }
  // The commune's own level at the end: "xã", "cấp xã", "các phường", "thị trấn".
  const level = /^(?:(?:cap|cac|cua) )?(?:xa|phuong|thi tran)$/;
  for (let take = 3; take >= 1; take--) {
    if (
      list.length > take &&
      level.test(
        list
          .slice(-take)
          .map((t) => t.word)
          .join(" ")
      )
    ) {
      list = list.slice(0, -take);
      break;
    }
  }
  // "có liên quan" is "liên quan".
  list = list.filter((t, i) => !(t.word === "co" && list[i + 1]?.word === "lien"));
  return {
    key: list.map((t) => t.word).join(" "),
    signature: list.map((t) => (t.initials ? t.word : t.word.charAt(0))).join(""),
    abbreviated: list.some((t) => t.initials),
    titled,
  };
}

/** The defaults' keys: "Văn phòng, Thống kê" is one of them written with a comma. */
const DEFAULT_KEYS: ReadonlySet<string> = new Set(DEFAULT_UNITS.map((unit) => unitKey(unit).key));

function plain(name: string): string {
  return folded(name.replace(BRACKETS, " ").replace(/&/g, " và ").replace(PUNCTUATION, " "));
}

function hasUnitWord(name: string): boolean {
  const text = ` ${plain(name)} `;
  if (UNIT_WORDS.some((word) => text.includes(` ${word} `))) return true;
  const words = name
    .normalize("NFC")
    .toLocaleLowerCase("vi-VN")
    .split(/[^\p{L}\p{M}]+/u);
  return UNIT_SYLLABLES.some((syllable) => words.includes(syllable));
}

/** The name as the list shows it: no role in brackets, no stray punctuation, a capital first. */
function shown(name: string): string {
  const text = name
    .normalize("NFC")
    .replace(BRACKETS, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s\-–—•*.,;:]+|[\s\-–—.,;:]+$/g, "")
    .trim();
  return text.charAt(0).toLocaleUpperCase("vi-VN") + text.slice(1);
}

const startsLower = (part: string) => {
  const first = part.trim().charAt(0);
  return (
    first !== "" &&
    first === first.toLocaleLowerCase("vi-VN") &&
    first !== first.toLocaleUpperCase("vi-VN")
  );
};

/**
 * The names one cell gives, split where it names several units: at ";", "+" and line breaks, at a
 * comma unless what follows goes on with the same name, and at "và" before a capitalised unit.
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
      const plural = (value: string) => /^cac( |$)/.test(plain(value));
      const goesOn =
        previous !== undefined &&
        (known.has(unitKey(`${previous} ${part}`).key) ||
          (startsLower(part) && !plural(part) && (plural(previous) || !hasUnitWord(part))));
      if (goesOn) parts[parts.length - 1] = `${previous}, ${part}`;
      else parts.push(part);
    }
    const split = parts.flatMap((part) =>
      part.split(/\s+và\s+(?=\p{Lu})/u).reduce<string[]>((pieces, piece) => {
        if (pieces.length > 0 && !hasUnitWord(piece)) pieces[pieces.length - 1] += ` và ${piece}`;
        else pieces.push(piece);
        return pieces;
      }, [])
    );
    const leadership = LEADERSHIP.exec(split[0] ?? "");
    split.forEach((part, i) => {
      const distributed =
        i > 0 && leadership !== null && BODY.test(plain(part)) ? `${leadership[1]}${part}` : part;
      const name = shown(distributed);
      if (name !== "") names.push(name);
    });
  }
  return names;
}

/** Whether the name reads as a unit: not people, not a task, a unit word or a title before it. */
function readsAsUnit(name: string, key: UnitKey): boolean {
  const text = plain(name);
  if (key.key === "" || PEOPLE.test(text) || TASK.test(text) || HEADER.test(key.key)) return false;
  if (text.split(" ").length > MAX_WORDS) return false;
  return hasUnitWord(name) || key.titled;
}

/**
 * The units NAMES give, in the order first named: each cell split into the units it names, only those
 * that read as a unit kept (an abbreviation such as "VP-TK" when it stands for one of them), one entry
 * per unit under the first spelling given (a spelled-out name replacing an abbreviation).
 */
export function unitList(names: readonly string[]): string[] {
  const units: { name: string; key: UnitKey }[] = [];
  const same = (a: UnitKey, b: UnitKey) =>
    a.key === b.key ||
    ((a.abbreviated || b.abbreviated) && a.signature.length >= 2 && a.signature === b.signature);
  for (const cell of names) {
    for (const name of cellUnits(cell)) {
      const key = unitKey(name);
      const found = units.find((unit) => same(unit.key, key));
      if (found) {
        if (found.key.abbreviated && !key.abbreviated) Object.assign(found, { name, key });
        continue;
      }
      if (readsAsUnit(name, key)) units.push({ name, key });
    }
  }
  return units.map((unit) => unit.name);
}
