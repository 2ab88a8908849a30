import { recurringDraft } from "./draft";
import { matchAt, Matcher, token } from "./token";

/**
 * Recurring work: "Hàng tháng", "hằng tuần", "mỗi quý một lần", "Định kỳ hàng quý", "định kỳ 6 tháng",
 * "định kỳ báo cáo kết quả", "02 lần/tháng", "cuối mỗi tháng", "Mỗi tháng 01 lần". A numbered month or
 * quarter after the word ("các tháng 2, 5", "cuối quý I") is a time of its own, not recurring work; a number
 * of times ("mỗi quý 1 lần") is not.
 */
const RECURRING = new RegExp(
  [
    /(?:hang|moi|cac|dau|giua|cuoi)\s*(?:moi\s*|cac\s*)?(?:ngay|tuan|thang|quy|ky)(?![a-z0-9])(?:\s*(?:\d{1,2}|mot|hai|ba)\s*lan(?![a-z0-9])|(?!\s*(?:\d|(?:i{1,3}|iv)(?![a-z0-9]))))/,
    /dinh\s*ky(?:\s*(?:hang|moi|theo)?\s*(?:\d{1,2}\s*)?(?:ngay|tuan|thang|quy|nam)(?![a-z0-9]))?/,
    /thuong\s*ky/,
    /(?:\d{1,2}|mot|hai|ba|bon)\s*lan\s*(?:\/|trong|tren|moi|mot|mot\s*lan)?\s*(?:mot\s*)?(?:ngay|tuan|thang|quy|nam)(?![a-z0-9])/,
  ]
    .map((part) => part.source)
    .join("|"),
  "y"
);

export const recurring: Matcher = (folded, at) => {
  const found = matchAt(RECURRING, folded, at);
  return found ? token("period", at, at + found[0].length, [recurringDraft()]) : null;
};

/** A length of time counted from something: "10 ngày sau khi …", "chậm nhất là 01 tuần". */
const COUNTED_TIME =
  /(?:\d{1,3}|mot|hai|ba|bon|nam|muoi)\s*(?:ngay|tuan|thang|nam|gio)(?:\s*lam\s*viec)?(?![a-z0-9])/y;

export const countedTime: Matcher = (folded, at) => {
  const found = matchAt(COUNTED_TIME, folded, at);
  return found ? token("event", at, at + found[0].length) : null;
};
