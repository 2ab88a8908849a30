import { plain, UnitKey } from "./unitKey";

/**
 * Whether a name reads as a unit: a lead cell may instead describe people ("Các cán bộ, công chức có
 * sai phạm", "Đội ngũ cán bộ UBND xã") or a task ("Tổ chức hội nghị …"). Words of the language only.
 */

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
  "trung tam",
];
/**
 * One-syllable unit words, compared with their diacritics ("ban" is no "bản", "phòng" no "phong"), as
 * the name's first word (after "các"): "Trường Tiểu học" is a unit, "Xây dựng và Môi trường" a field.
 */
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
/** A cell about people: the people, not their unit. */
const PEOPLE =
  /^(?:(?:cac|toan the|tat ca) )?(?:(?:cac|toan the|tat ca) (?:can bo|cong chuc)|can bo cong chuc|cbcc|doi ngu|thanh vien|ca nhan|nguoi|dong chi|cong dan|nhan dan|ho gia dinh)(?: |$)|(?:^| )(?:sai pham|vi pham)(?: |$)/;
/** A cell that says what to do: a task, not who does it. */
const TASK =
  /^(?:thuc hien|trien khai|ban hanh|xay dung|to chuc|tuyen truyen|kiem tra|ra soat|tham muu|theo doi|bao cao|cap nhat|cong khai|niem yet|duy tri|day manh|nang cao|huong dan|phoi hop|chi dao|giai quyet|xu ly|danh gia|tong hop|lap|dang tai|so hoa|cung cap|bo tri|dao tao|boi duong|so ket|tong ket)(?: |$)/;
/** The column's own header ("Bộ phận chủ trì (tham mưu)") once its title is left out. */
const HEADER = /^(?:chu tri|phoi hop|tham muu)(?: |$)/;
/** At most this many words: a longer cell describes something. */
const MAX_WORDS = 12;

export function hasUnitWord(name: string): boolean {
  const text = ` ${plain(name)} `;
  if (UNIT_WORDS.some((word) => text.includes(` ${word} `))) return true;
  const words = name
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((word) => word !== "");
  const first = words[0] === "các" || words[0] === "những" ? words[1] : words[0];
  return first !== undefined && UNIT_SYLLABLES.includes(first);
}

/** Not people, not a task, not the header; a unit word or a title before it. */
export function readsAsUnit(name: string, key: UnitKey): boolean {
  const text = plain(name);
  if (key.key === "" || PEOPLE.test(text) || TASK.test(text) || HEADER.test(key.key)) return false;
  if (text.split(" ").length > MAX_WORDS) return false;
  return hasUnitWord(name) || key.titled;
}
