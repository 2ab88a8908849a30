import { folded } from "../text";

/**
 * A unit's name as compared: the words that name the unit, without the titles before it, the commune's
 * level after it, a role in brackets or punctuation.
 *
 * Lead cells are written many ways (DESIGN, "Reports"): "Văn phòng – Thống kê", "Văn phòng - Thống kê
 * xã", "VP-TK", "CC VP - TK" and "Công chức Văn Phòng – Thống kê(Phụ trách nội vụ)" are one unit, and
 * so are "Trưởng Công an xã" and "Công an xã", "Chủ tịch UBND xã" and "Ủy ban nhân dân xã", "Ban Chỉ
 * huy Quân sự xã" and "Chỉ huy trưởng Quân sự". Only words of the language are built in (titles,
 * levels, kinds of body), never a unit's name: each province names its units its own way.
 */

/** One word of a name, where it stands in the text the name was read from. */
export interface NameWord {
  /** Without diacritics, lower case: "hóa" and "hoá" (old and new tone placement) are one word. */
  word: string;
  /** Lower case with its diacritics: "trưởng" (a title) is no "trường" (a school). */
  toned: string;
  /** Written in capitals, such as "VP", "TN", "HĐND": each letter a word of the full name. */
  initials: boolean;
  start: number;
  end: number;
}

export interface UnitKey {
  /** The unit's words without titles, level, kind ("Phòng", "Ban") and "và": "van phong thong ke". */
  key: string;
  /**
   * The initial of each word, every letter of an abbreviation: "VP-TK" and "Văn phòng – Thống kê" are
   * "vptk". With the kind's initials too when there is a kind, so "Ban CHQS" meets "Ban Chỉ huy Quân sự".
   */
  signatures: string[];
  abbreviated: boolean;
  /** Whether a title stood before the unit ("Công chức …", "Bộ phận …", "Trưởng …"). */
  titled: boolean;
  /** The name as the report shows it: the text from the first word of the unit to the last before the level. */
  shown: string;
  /** Words the shown name keeps. */
  words: number;
}

export const BRACKETS = /\([^)]*\)?|\[[^\]]*\]?/g;
export const PUNCTUATION = /[–—\-,.;:/+!?"“”'‘’*•_]+/g;
const WORD = /[\p{L}\p{M}\p{N}]+|&/gu;
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;
const ASCII = /^[\x20-\x7e]*$/;

/**
 * Titles before the unit, which are not the unit; the longer first. Matched without diacritics. "PCT",
 * "CT", "CHT": Phó Chủ tịch, Chủ tịch, Chỉ huy trưởng in initials.
 */
const TITLES = ["cong chuc", "can bo", "phu trach", "pct", "cht", "cc", "cb", "bp", "ct"];
/** Titles of a person heading the unit, matched with their diacritics; the longer first. */
const HEAD_TITLES = [
  "phó chủ tịch",
  "chỉ huy trưởng",
  "chỉ huy phó",
  "phó bí thư",
  "phó trưởng",
  "chủ tịch",
  "bí thư",
  "trưởng",
  "phó",
];
/**
 * The kind of body before its name, which the key leaves out and the shown name keeps: "Phòng Văn hóa –
 * Xã hội" is the unit "Văn hóa – Xã hội" too, "Bộ phận một cửa" the "Bộ phận Tiếp nhận và Trả kết quả".
 * "ban" and "phòng" with their diacritics ("bản", "phong" are other words), "bộ phận" with or without.
 */
const KINDS: readonly [string, "word" | "toned"][] = [
  ["ban chỉ huy", "toned"],
  ["bo phan", "word"],
  ["uy ban", "word"],
  ["phòng", "toned"],
  ["bch", "word"],
  ["ban", "toned"],
];
/**
 * "Ủy ban nhân dân" is the body itself, not the committee of a body ("Ủy ban MTTQ" is the Mặt trận's):
 * its "Ủy ban" is no kind.
 */
const BODY_NAMED_UY_BAN = /^uy ban nhan dan(?: |$)/;
/**
 * The initials of a kind at the head of an abbreviation, with the fewest letters left that still name a
 * unit: "Ban CHQS" and "BCH Quân sự" are "QS", "UBMTTQ" the "MTTQ". After "UB" only a long rest does:
 * "UBND" is no "ND", "UBKT" (Ủy ban Kiểm tra) no "KT".
 */
const KIND_INITIALS: readonly [string, number][] = [
  ["bch", 2],
  ["ub", 4],
];
/** The commune's People's Committee after a unit working under it: "Văn phòng – Thống kê (của) UBND xã". */
const UNDER_BODY: readonly string[][] = [["ubnd"], ["uy", "ban", "nhan", "dan"]];
/**
 * Words before a body that make it a unit of its own: "Lãnh đạo UBND", "Văn phòng HĐND và UBND",
 * "Lãnh đạo HĐND, UBND" (bodies listed).
 */
const HEAD_OF_BODY = /(?:^| )(?:va|lanh dao|thuong truc|hdnd|nhan dan|dang uy|mttq|to quoc)$|^$/;
/** The level's own words, without the "cấp"/"các" before them, for a commune's name after them. */
const LEVEL_WORD = /^(?:xa|phuong|dac khu|thi tran)$/;
/** The commune's own level at the end: "xã", "cấp xã", "các phường", "thị trấn", "đặc khu". */
const LEVEL = /^(?:(?:cap|cac|cua) )?(?:xa|phuong|thi tran|dac khu)$/;
/**
 * Words of the language that name the same thing: "một cửa" is what everyone calls the Bộ phận Tiếp
 * nhận và Trả kết quả (Nghị định 61/2018), whatever name a province gives the unit around it.
 */
const SAME_WORDS: readonly [string, string][] = [["mot cua", "tiep nhan tra ket qua"]];

/** A table says the same few hundred words over and over: each is folded once. */
const FOLDED = new Map<string, string>();
const FOLDED_KEPT = 20_000;
function foldedWord(raw: string): string {
  let word = FOLDED.get(raw);
  if (word === undefined) {
    if (FOLDED.size >= FOLDED_KEPT) FOLDED.clear();
    FOLDED.set(raw, (word = folded(raw)));
  }
  return word;
}

/** The words of a name, brackets dropped; "&" is "và". */
export function nameWords(text: string): NameWord[] {
  return [...text.matchAll(WORD)].map((match) => {
    const raw = match[0];
    const start = match.index ?? 0;
    const initials =
      [...raw].filter((c) => LETTER.test(c)).length >= 2 &&
      raw === raw.toUpperCase() &&
      CAPITAL.test(raw);
    // Most words of a name in capitals or without diacritics need no Unicode folding.
    const word = raw === "&" ? "va" : ASCII.test(raw) ? raw.toLowerCase() : foldedWord(raw);
    const toned = raw === "&" ? "và" : raw.toLowerCase();
    return { word, toned, initials, start, end: start + raw.length };
  });
}

/** Split once: a table's every name is compared with every title. */
const WORDS_OF = new Map<string, string[]>();
function wordsOf(words: string): string[] {
  let split = WORDS_OF.get(words);
  if (!split) WORDS_OF.set(words, (split = words.split(" ")));
  return split;
}

function startsWith(list: readonly NameWord[], words: string, field: "word" | "toned"): boolean {
  const wanted = wordsOf(words);
  if (wanted.length >= list.length) return false;
  for (let i = 0; i < wanted.length; i++) if (list[i][field] !== wanted[i]) return false;
  return true;
}

/** The name's text without brackets, in the composed form its words' offsets refer to. */
export function bracketless(name: string): string {
  return name.normalize("NFC").replace(BRACKETS, " ");
}

function signature(list: readonly NameWord[]): string {
  return list.map((t) => (t.initials ? t.word : t.word.charAt(0))).join("");
}

function sameWords(list: NameWord[]): NameWord[] {
  for (const [from, to] of SAME_WORDS) {
    const wanted = from.split(" ");
    const at = list.findIndex((_, i) => wanted.every((word, j) => list[i + j]?.word === word));
    if (at < 0) continue;
    const replaced = to
      .split(" ")
      .map((word) => ({ ...list[at], word, toned: word, initials: false }));
    return [...list.slice(0, at), ...replaced, ...list.slice(at + wanted.length)];
  }
  return list;
}

export function unitKey(name: string): UnitKey {
  const text = bracketless(name);
  let list = nameWords(text);
  let titled = false;
  for (let found = true; found;) {
    found = false;
    for (const title of TITLES) {
      if (startsWith(list, title, "word")) {
        list = list.slice(wordsOf(title).length);
        titled = found = true;
      }
    }
    for (const title of HEAD_TITLES) {
      if (startsWith(list, title, "toned")) {
        list = list.slice(wordsOf(title).length);
        titled = found = true;
      }
    }
  }
  list = withoutRole(list);
  list = withoutCommuneName(list, text);
  for (let take = 3; take >= 1; take--) {
    const tail = list.slice(-take).map((t) => t.word);
    if (list.length > take && LEVEL.test(tail.join(" "))) {
      list = list.slice(0, -take);
      break;
    }
  }
  list = withoutBodyAfter(list, text);
  // "Việt Nam" ends the full names of national bodies ("Mặt trận Tổ quốc Việt Nam"): every commune's is.
  if (
    list.length > 2 &&
    list[list.length - 2].word === "viet" &&
    list[list.length - 1].word === "nam"
  )
    list = list.slice(0, -2);
  const shown = list.length === 0 ? "" : text.slice(list[0].start, list[list.length - 1].end);
  const words = list.length;
  // "có liên quan" is "liên quan"; "và" joins words of one name ("Xây dựng và Môi trường", "TN&TKQ").
  list = list.filter(
    (t, i) => !(t.word === "co" && list[i + 1]?.word === "lien") && !(t.word === "va" && i > 0)
  );
  list = sameWords(list);
  const signatures = [signature(list)];
  const kind = KINDS.find(([words, field]) => startsWith(list, words, field));
  if (kind !== undefined && !BODY_NAMED_UY_BAN.test(list.map((t) => t.word).join(" "))) {
    list = list.slice(wordsOf(kind[0]).length);
    signatures.push(signature(list));
  }
  for (const [initials, shortest] of KIND_INITIALS) {
    const rest = signatures[0].startsWith(initials) ? signatures[0].slice(initials.length) : "";
    if (rest.length >= shortest && !signatures.includes(rest)) signatures.push(rest);
  }
  return {
    key: list.map((t) => t.word).join(" "),
    signatures,
    abbreviated: list.some((t) => t.initials),
    titled,
    shown: capitalised(shown),
    words,
  };
}

/** Cut at "phụ trách" after the unit's first word: "Văn phòng – Thống kê phụ trách CCHC". */
function withoutRole(list: NameWord[]): NameWord[] {
  const at = list.findIndex((t, i) => i > 0 && t.word === "phu" && list[i + 1]?.word === "trach");
  return at > 0 ? list.slice(0, at) : list;
}

/**
 * A commune's name after the level, "UBND xã Hòa Bình": capitalised words, at most four, none in
 * initials, after "xã", "phường", "thị trấn" or "đặc khu". The level stays for the level rule.
 */
function withoutCommuneName(list: NameWord[], text: string): NameWord[] {
  for (let at = 1; at < list.length - 1; at++) {
    const one = list[at].word;
    const two = `${one} ${list[at + 1]?.word ?? ""}`;
    const levelWords = LEVEL_WORD.test(two) ? 2 : LEVEL_WORD.test(one) ? 1 : 0;
    if (levelWords === 0) continue;
    const name = list.slice(at + levelWords);
    if (
      name.length >= 1 &&
      name.length <= 4 &&
      name.every((t) => !t.initials && CAPITAL.test(text.charAt(t.start)))
    )
      return list.slice(0, at + levelWords);
  }
  return list;
}

/**
 * Without the commune's UBND after a unit that works under it, unless the UBND is the unit, or one of
 * two a dash or "và" joins ("Nội vụ – UBND", "Văn phòng HĐND và UBND").
 */
function withoutBodyAfter(list: NameWord[], text: string): NameWord[] {
  const words = list.map((t) => t.word);
  for (const body of UNDER_BODY) {
    if (words.length <= body.length) continue;
    if (words.slice(-body.length).join(" ") !== body.join(" ")) continue;
    let rest = words.length - body.length;
    if (words[rest - 1] === "cua" || words[rest - 1] === "thuoc") rest--;
    if (HEAD_OF_BODY.test(words.slice(0, rest).join(" "))) return list;
    const before = list[rest - 1];
    if (text.slice(before.end, list[rest].start).trim() !== "") return list;
    return list.slice(0, rest);
  }
  return list;
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Without brackets, "&" and punctuation, folded: what the word lists below are compared with. */
export function plain(name: string): string {
  return folded(bracketless(name).replace(/&/g, " và ").replace(PUNCTUATION, " "));
}
