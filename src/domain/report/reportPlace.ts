import { folded } from "../text";

/**
 * The place of the date line ("Thượng Lộ, ngày …") from the issuing body ("UBND xã Thượng Lộ",
 * "Ủy ban nhân dân phường An Hòa"): the name after the level. Null when the body names no commune,
 * ward or town.
 */
export function placeOfIssuer(issuer: string): string | null {
  const words = issuer.normalize("NFC").trim().split(/\s+/);
  const keys = words.map((word) => folded(word).replace(/[^a-z0-9]/g, ""));
  for (let i = keys.length - 2; i >= 0; i--) {
    const twoWords = i + 1 < keys.length ? `${keys[i]} ${keys[i + 1]}` : "";
    if (twoWords === "thi tran" || twoWords === "dac khu") return joined(words.slice(i + 2));
    if (keys[i] === "xa" || keys[i] === "phuong") return joined(words.slice(i + 1));
  }
  return null;
}

function joined(words: string[]): string | null {
  const name = words
    .join(" ")
    .replace(/[).,;]+$/, "")
    .trim();
  if (name === "") return null;
  // A body written in capitals ("UBND XÃ LONG ĐIỀN A") gives the place as a name is written.
  if (name !== name.toLocaleUpperCase("vi-VN")) return name;
  return name
    .toLocaleLowerCase("vi-VN")
    .replace(
      /(^|\s)(\p{L})/gu,
      (_, space: string, letter: string) => space + letter.toLocaleUpperCase("vi-VN")
    );
}
