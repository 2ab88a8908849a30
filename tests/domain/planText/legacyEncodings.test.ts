import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import {
  detectLegacyEncoding,
  fromLegacy,
  toUnicodeText,
} from "../../../src/domain/planText/legacyEncodings";
import { isVietnameseSyllable } from "../../../src/domain/planText/legacySyllable";

// ---------------------------------------------------------------------------------------------------
// The test's own encoders, written out from the standards, to make legacy text from Unicode.
// ---------------------------------------------------------------------------------------------------

/** TCVN 5712:1993 (TCVN3, "ABC"): each letter ASCII lacks → its byte. Toned capitals have none. */
// prettier-ignore
const TCVN3_BYTES: Record<string, number> = {
  à: 0xb5, ả: 0xb6, ã: 0xb7, á: 0xb8, ạ: 0xb9,
  ă: 0xa8, ằ: 0xbb, ẳ: 0xbc, ẵ: 0xbd, ắ: 0xbe, ặ: 0xc6,
  â: 0xa9, ầ: 0xc7, ẩ: 0xc8, ẫ: 0xc9, ấ: 0xca, ậ: 0xcb,
  đ: 0xae,
  è: 0xcc, ẻ: 0xce, ẽ: 0xcf, é: 0xd0, ẹ: 0xd1,
  ê: 0xaa, ề: 0xd2, ể: 0xd3, ễ: 0xd4, ế: 0xd5, ệ: 0xd6,
  ì: 0xd7, ỉ: 0xd8, ĩ: 0xdc, í: 0xdd, ị: 0xde,
  ò: 0xdf, ỏ: 0xe1, õ: 0xe2, ó: 0xe3, ọ: 0xe4,
  ô: 0xab, ồ: 0xe5, ổ: 0xe6, ỗ: 0xe7, ố: 0xe8, ộ: 0xe9,
  ơ: 0xac, ờ: 0xea, ở: 0xeb, ỡ: 0xec, ớ: 0xed, ợ: 0xee,
  ù: 0xef, ủ: 0xf1, ũ: 0xf2, ú: 0xf3, ụ: 0xf4,
  ư: 0xad, ừ: 0xf5, ử: 0xf6, ữ: 0xf7, ứ: 0xf8, ự: 0xf9,
  ỳ: 0xfa, ỷ: 0xfb, ỹ: 0xfc, ý: 0xfd, ỵ: 0xfe,
  Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7,
};

/**
 * Text as typed in TCVN3: a letter with a code takes it; a toned capital, which has none, takes its
 * lowercase letter's code (drawn as a capital by the capital fonts .VnTimeH …).
 */
function encodeTcvn3(text: string): string {
  return [...text]
    .map((letter) => {
      const byte = TCVN3_BYTES[letter] ?? TCVN3_BYTES[letter.toLowerCase()];
      return byte === undefined ? letter : String.fromCharCode(byte);
    })
    .join("");
}

const ACUTE = "\u0301";
const GRAVE = "\u0300";
const HOOK = "\u0309";
const TILDE = "\u0303";
const DOT = "\u0323";
const TONES = [GRAVE, HOOK, TILDE, ACUTE, DOT];
/** VNI's bytes after a vowel: the tone alone; with a circumflex; with a breve ("" = no tone). */
// prettier-ignore
const VNI_TONE: Record<string, string> = { [ACUTE]: "ù", [GRAVE]: "ø", [HOOK]: "û", [TILDE]: "õ", [DOT]: "ï" };
// prettier-ignore
const VNI_CIRCUMFLEX: Record<string, string> = { "": "â", [ACUTE]: "á", [GRAVE]: "à", [HOOK]: "å", [TILDE]: "ã", [DOT]: "ä" };
// prettier-ignore
const VNI_BREVE: Record<string, string> = { "": "ê", [ACUTE]: "é", [GRAVE]: "è", [HOOK]: "ú", [TILDE]: "ü", [DOT]: "ë" };
/** The toned i's single bytes. */
// prettier-ignore
const VNI_I: Record<string, string> = { [ACUTE]: "í", [GRAVE]: "ì", [HOOK]: "æ", [TILDE]: "ó", [DOT]: "ò" };

/** One lowercase letter in VNI: its ASCII letter and one byte, or a byte of its own. */
function encodeVniLetter(letter: string): string {
  if (letter === "đ") return "ñ";
  if (letter === "ỵ") return "î";
  const [base, ...marks] = letter.normalize("NFD");
  const tone = marks.find((mark) => TONES.includes(mark)) ?? "";
  if (marks.includes("\u031b")) return (base === "o" ? "ô" : "ö") + (VNI_TONE[tone] ?? "");
  if (marks.includes("\u0302")) return base + VNI_CIRCUMFLEX[tone];
  if (marks.includes("\u0306")) return base + VNI_BREVE[tone];
  if (base === "i" && tone) return VNI_I[tone];
  return base + (VNI_TONE[tone] ?? "");
}

/** Text as typed in VNI: capitals take the capital forms of the same bytes. */
function encodeVni(text: string): string {
  return [...text]
    .map((letter) => {
      const lower = letter.toLowerCase();
      if (!/[a-zđ]/.test(lower.normalize("NFD")[0])) return letter;
      const encoded = encodeVniLetter(lower);
      return letter === lower ? encoded : encoded.toUpperCase();
    })
    .join("");
}

// ---------------------------------------------------------------------------------------------------
// Vietnamese letters, syllables and sentences.
// ---------------------------------------------------------------------------------------------------

const VOWELS = [..."aăâeêioôơuưy"];
const LOWERCASE_LETTERS = [
  ...VOWELS.flatMap((vowel) => [vowel, ...TONES.map((tone) => (vowel + tone).normalize("NFC"))]),
  "đ",
];
/** The letters of Vietnamese that ASCII lacks, both cases: 67 lowercase and 67 capitals. */
const VIETNAMESE_LETTERS = LOWERCASE_LETTERS.filter((letter) => !/[a-z]/.test(letter));
const VIETNAMESE_CAPITALS = VIETNAMESE_LETTERS.map((letter) => letter.toUpperCase());
const CAPITALS_WITH_A_CODE = [..."ĂÂÊÔƠƯĐ"];

// prettier-ignore
const ONSETS = ["", ..."bcdđghklmnprstvx", "ch", "gh", "gi", "kh", "ng", "ngh", "nh", "ph", "qu", "th", "tr"];
// prettier-ignore
const OPEN_RHYMES = ("a ai ao au ay âu ây e eo ê êu i ia iu iêu o oa oai oay oe oi ô ôi ơ ơi u ua uê ui " +
  "uôi uy uya ư ưa ưi ưu ươi ươu y yêu").split(" ");
// prettier-ignore
const NASAL_RHYMES = ("an ang anh am ăn ăng ăm ân âng âm en eng em ên ênh êm in inh im iên iêng iêm on " +
  "ong om oan oang oanh oăn oăng ôn ông ôm ơn ơm un ung um uân uôn uông uyên uynh ưng ươn ương ươm yên").split(" ");
// prettier-ignore
const STOP_RHYMES = ("ac ach ap at ăc ăp ăt âc âp ât ec ep et êch êp êt ich ip it iêc iêp iêt oc op ot " +
  "oac oach oat oăc oăt ôc ôp ôt ơp ơt uc up ut uât uôc uôt uyêt uych uyt ưc ưt ươc ươp ươt yêt").split(" ");

/** Where the tone goes: the hatted vowel, else the last vowel before a final, else the main one. */
function toneIndex(rhyme: string): number {
  const vowels = [...rhyme].flatMap((letter, i) => (VOWELS.includes(letter) ? [i] : []));
  const hatted = vowels.filter((i) => "ăâêôơư".includes(rhyme[i]));
  if (hatted.length > 0) return hatted[hatted.length - 1];
  if (vowels.length < rhyme.length) return vowels[vowels.length - 1];
  if (vowels.length === 3) return vowels[1];
  if (["oa", "oe", "uy", "uê"].includes(rhyme)) return vowels[1];
  return vowels[0];
}

function syllable(onset: string, rhyme: string, tone: string): string {
  const at = toneIndex(rhyme);
  const toned = rhyme.slice(0, at) + (rhyme[at] + tone).normalize("NFC") + rhyme.slice(at + 1);
  return onset + toned;
}

const fitsOnset = ([onset, rhyme]: [string, string]) =>
  !(onset === "qu" && /^[uưoô]/.test(rhyme)) && !(onset === "gi" && /^[iy]/.test(rhyme));

/** A lowercase Vietnamese syllable; a final c, ch, p or t takes sắc or nặng only. */
const syllables: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...OPEN_RHYMES, ...NASAL_RHYMES))
    .filter(fitsOnset)
    .chain(([onset, rhyme]) =>
      fc.constantFrom("", ...TONES).map((tone) => syllable(onset, rhyme, tone))
    ),
  fc
    .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...STOP_RHYMES))
    .filter(fitsOnset)
    .chain(([onset, rhyme]) =>
      fc.constantFrom(ACUTE, DOT).map((tone) => syllable(onset, rhyme, tone))
    )
);

/** A word in a sentence, some capitalised (proper names, the first word). */
const words = fc
  .tuple(syllables, fc.boolean())
  .map(([word, capital]) => (capital ? word[0].toUpperCase() + word.slice(1) : word));

/** The first letter in capitals only where TCVN3's ordinary fonts have the capital. */
const tcvn3Capitalised = (word: string) =>
  /^[a-zăâêôơưđ]/.test(word) ? word[0].toUpperCase() + word.slice(1) : word;
const tcvn3Words = fc
  .tuple(syllables, fc.boolean())
  .map(([word, capital]) => (capital ? tcvn3Capitalised(word) : word));

const sentence = (word: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(word, { minLength: 4, maxLength: 12 }), fc.constantFrom("", ".", ";", ":"))
    .map(([list, end]) => list.join(" ") + end);
const documentOf = (word: fc.Arbitrary<string>) =>
  fc.array(sentence(word), { minLength: 3, maxLength: 6 }).map((lines) => lines.join("\n"));

// ---------------------------------------------------------------------------------------------------

describe("the test's syllables", () => {
  test("are real Vietnamese: a sample from the generator", () => {
    expect(syllable("ng", "ươi", GRAVE)).toBe("người");
    expect(syllable("h", "oach", DOT)).toBe("hoạch");
    expect(syllable("qu", "yên", GRAVE)).toBe("quyền");
    expect(syllable("", "ia", HOOK)).toBe("ỉa");
  });
});

describe("isVietnameseSyllable, which detection reads text by", () => {
  test.each(["người", "hoạch", "quyền", "nghiêng", "Việt", "ĐƯỢC", "khuỷu", "oải", "gì", "a"])(
    "%s is one",
    (word) => expect(isVietnameseSyllable(word)).toBe(true)
  );

  test.each([
    ["a Western word", "café"],
    ["a letter Vietnamese lacks", "straße"],
    ["a final stop without sắc or nặng", "tac"],
    ["a final stop with huyền", "tàc"],
    ["two tones", "hóạch"],
    ["a vowel group that needs a final", "tiê"],
    ["ă alone", "ă"],
    ["no vowel", "nhg"],
    ["an initial Vietnamese lacks", "prix"],
    ["nothing", ""],
  ])("%s is not (%s)", (_, word) => expect(isVietnameseSyllable(word)).toBe(false));

  test("every syllable the test makes is one, in either case", () => {
    fc.assert(
      fc.property(syllables, (word) => {
        expect(isVietnameseSyllable(word)).toBe(true);
        expect(isVietnameseSyllable(word.toUpperCase())).toBe(true);
      })
    );
  });
});

describe("TCVN3", () => {
  test.each(VIETNAMESE_LETTERS)("%s, from its code", (letter) => {
    expect(fromLegacy(String.fromCharCode(TCVN3_BYTES[letter]), "tcvn3")).toBe(letter);
  });

  test.each(CAPITALS_WITH_A_CODE)("the capital %s, from its own code", (capital) => {
    expect(fromLegacy(`${String.fromCharCode(TCVN3_BYTES[capital])}ang`, "tcvn3")).toBe(
      `${capital}ang`
    );
  });

  test.each(VIETNAMESE_CAPITALS)("the capital %s, typed in a capital font", (capital) => {
    expect(fromLegacy(encodeTcvn3(`NG${capital}NG`), "tcvn3")).toBe(`NG${capital}NG`);
  });

  test("bytes that are no TCVN3 code stay as they are", () => {
    const codes = new Set(Object.values(TCVN3_BYTES));
    const others = Array.from({ length: 0x60 }, (_, i) => 0xa0 + i)
      .filter((byte) => !codes.has(byte))
      .map((byte) => String.fromCharCode(byte))
      .join(" ");
    expect(fromLegacy(others, "tcvn3")).toBe(others);
  });

  test.each([
    ["C«ng t¸c c¶i c¸ch hµnh chÝnh", "Công tác cải cách hành chính"],
    ["Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"],
    ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
    ["Uû ban nh©n d©n x· Th­îng Lé", "Uỷ ban nhân dân xã Thượng Lộ"],
    ["Phßng Néi vô; Së KÕ ho¹ch vµ §Çu t­", "Phòng Nội vụ; Sở Kế hoạch và Đầu tư"],
    ["Kinh phÝ: 12.500.000 ®ång", "Kinh phí: 12.500.000 đồng"],
    // Words that read as Latin-1 letters too: a capital after a lowercase letter is no word.
    ["Cã thÓ", "Có thể"],
    // Acronyms are neither syllables nor a sign against the encoding.
    ["Së KH&§T; UBND x·; CCHC", "Sở KH&ĐT; UBND xã; CCHC"],
    // As well read in VNI ("Tỉ"): TCVN3, the code of the government's fonts, is the likelier.
    ["Tæ CCHC", "Tổ CCHC"],
  ])("%s", (legacy, unicode) => {
    expect(toUnicodeText(legacy)).toEqual({ text: unicode, encoding: "tcvn3" });
  });

  test("random documents come back as they were written", () => {
    fc.assert(
      fc.property(documentOf(tcvn3Words), (text) => {
        const legacy = encodeTcvn3(text);
        const converted = toUnicodeText(legacy);
        expect(converted.text).toBe(text);
        if (legacy !== text) expect(converted.encoding).toBe("tcvn3");
      })
    );
  });
});

describe("TCVN3 typed in a capital font (.VnTimeH)", () => {
  test.each([
    ["KÕ HO¹CH", "KẾ HOẠCH"],
    ["C¤NG T¸C C¶I C¸CH HµNH CHÝNH N¡M 2024", "CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
    ["I. MôC §ÝCH, Y£U CÇU", "I. MỤC ĐÍCH, YÊU CẦU"],
    ["II. NéI DUNG", "II. NỘI DUNG"],
    // One-letter words and words of codes alone follow their neighbours.
    ["§Ó THùC HIÖN TèT ë C¸C X·", "ĐỂ THỰC HIỆN TỐT Ở CÁC XÃ"],
    // …the nearest that tells; on a tie, the one after, whose phrase a capitalised word begins.
    ["C¨n cø KÕ HO¹CH sè 12", "Căn cứ KẾ HOẠCH số 12"],
    ["KÕ HO¹CH CñA Tæ CCHC, ban hµnh kÌm theo", "KẾ HOẠCH CỦA TỔ CCHC, ban hành kèm theo"],
  ])("%s", (legacy, unicode) => {
    expect(fromLegacy(legacy, "tcvn3")).toBe(unicode);
  });

  test.each([
    // A capitalised word reads the same in the ordinary font: it follows the words that tell.
    ["Tæ chøc thùc hiÖn", "Tổ chức thực hiện"],
    ["§Ó thùc hiÖn", "Để thực hiện"],
    // Acronyms and Roman numerals tell nothing: they do not turn their neighbours into capitals.
    ["Tæ CCHC; Së KH&§T", "Tổ CCHC; Sở KH&ĐT"],
    ["III. Tæ chøc", "III. Tổ chức"],
    // Words that tell nothing on a line that tells nothing: the ordinary font.
    ["Tæ §éi", "Tổ Đội"],
    ["®· ®­îc", "đã được"],
  ])("%s stays in the ordinary font", (legacy, unicode) => {
    expect(fromLegacy(legacy, "tcvn3")).toBe(unicode);
  });

  test("a title in the capital font above text in the ordinary font", () => {
    const legacy = "KÕ HO¹CH\nC¶i c¸ch hµnh chÝnh n¨m 2024\nI. MôC §ÝCH\n1. Tæ chøc thùc hiÖn";
    expect(toUnicodeText(legacy)).toEqual({
      text: "KẾ HOẠCH\nCải cách hành chính năm 2024\nI. MỤC ĐÍCH\n1. Tổ chức thực hiện",
      encoding: "tcvn3",
    });
  });

  /**
   * A word that shows the capital font: two capitals (ASCII or Ă Â Ê Ô Ơ Ư Đ's codes) and a code of
   * a lowercase letter, which stands for a capital there.
   */
  const showsCapitalFont = (word: string) => {
    const typed = encodeTcvn3(word.toUpperCase());
    return /[A-Z\u00a1-\u00a7].*[A-Z\u00a1-\u00a7]/.test(typed) && /[\u00a8-\u00fe]/.test(typed);
  };

  /** A title line: all capitals, with at least one word that shows the capital font. */
  const titleLine = fc
    .tuple(
      fc.array(syllables, { minLength: 0, maxLength: 5 }),
      syllables.filter(showsCapitalFont),
      fc.array(syllables, { minLength: 0, maxLength: 5 }),
      fc.constantFrom("", "I. ", "2. ", "PHỤ LỤC "),
      fc.constantFrom("", " NĂM 2025", " (KÈM THEO)")
    )
    .map(([before, telling, after, start, end]) =>
      (start + [...before, telling, ...after].join(" ") + end).toUpperCase()
    );

  test("random title lines come back in capitals", () => {
    fc.assert(
      fc.property(fc.array(titleLine, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join("\n");
        expect(fromLegacy(encodeTcvn3(text), "tcvn3")).toBe(text);
      })
    );
  });

  test("random documents with titles are found to be TCVN3 and come back as they were", () => {
    // A title alone may read as well in Unicode ("MÔM" is "MỄM" in the capital font): the text
    // around it tells.
    fc.assert(
      fc.property(titleLine, documentOf(tcvn3Words), titleLine, (title, body, section) => {
        const text = [title, body, section].join("\n");
        expect(toUnicodeText(encodeTcvn3(text))).toEqual({ text, encoding: "tcvn3" });
      })
    );
  });
});

describe("VNI", () => {
  test.each([...VIETNAMESE_LETTERS, ...VIETNAMESE_CAPITALS])("%s", (letter) => {
    const base = letter === letter.toLowerCase() ? "t" : "T";
    expect(fromLegacy(encodeVni(base + letter), "vni")).toBe(base + letter);
    expect(fromLegacy(encodeVni(letter), "vni")).toBe(letter);
  });

  test("the test's encoder writes the bytes VNI is known by", () => {
    expect(encodeVni("Công tác Việt Nam, Đường Ỷ Lan")).toBe("Coâng taùc Vieät Nam, Ñöôøng YÛ Lan");
  });

  test.each([
    ["Coâng taùc caûi caùch haønh chính", "Công tác cải cách hành chính"],
    ["Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"],
    ["KEÁ HOAÏCH CAÛI CAÙCH HAØNH CHÍNH NAÊM 2024", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
    ["Thaønh phoá Ñaø Naüng; tænh Quaûng Ngaõi", "Thành phố Đà Nẵng; tỉnh Quảng Ngãi"],
  ])("%s", (legacy, unicode) => {
    expect(toUnicodeText(legacy)).toEqual({ text: unicode, encoding: "vni" });
  });

  test("a hat and a tone in two bytes after the letter read as one toned letter", () => {
    expect(fromLegacy("Vieâït; NHAÂÙT", "vni")).toBe("Việt; NHẤT");
  });

  test("a mark with no letter to carry it stays as it is", () => {
    expect(fromLegacy("ù 5ø tù", "vni")).toBe("ù 5ø tù");
  });

  test("random documents come back as they were written, capitals too", () => {
    const anyCase = fc.oneof(
      words,
      words.map((word) => word.toUpperCase())
    );
    fc.assert(
      fc.property(documentOf(anyCase), (text) => {
        const legacy = encodeVni(text);
        const converted = toUnicodeText(legacy);
        expect(converted.text).toBe(text);
        if (legacy !== text) expect(converted.encoding).toBe("vni");
      })
    );
  });
});

describe("detectLegacyEncoding", () => {
  test.each([
    ["Unicode Vietnamese", "Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân xã"],
    ["Unicode Vietnamese of Latin-1 letters only", "Công tác tôi là"],
    ["Unicode Vietnamese in NFD", "Công tác cải cách hành chính".normalize("NFD")],
    ["English", "Administrative reform plan for 2024, approved by the committee."],
    ["French", "café, élève"],
    ["French sentences", "Où est la gare ? À côté de l'église. Ça coûte 5 €, s'il vous plaît."],
    ["German", "Straße, Müller, schön, über, Größe"],
    ["Spanish and Portuguese", "mañana en España; não sei, irmã"],
    ["ASCII", "TT, Nhiem vu, Chu tri, Kinh phi 12.500.000"],
    ["prices and signs", "Giá: £5 · 10 × 20 ± 1 « trích » ©"],
    // "dû" reads "dỷ" in TCVN3, but the other words read as no Vietnamese.
    ["French with a word TCVN3 reads", "Il a dû partir hier."],
    ["nothing", ""],
  ])("%s: null", (_, text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(toUnicodeText(text)).toEqual({ text: text.normalize("NFC"), encoding: null });
  });

  test("random Unicode Vietnamese gives null", () => {
    fc.assert(
      fc.property(documentOf(words), (text) => {
        expect(detectLegacyEncoding(text)).toBeNull();
      })
    );
  });

  test("a document mostly in TCVN3, with a line in Unicode, is TCVN3; the Unicode line is kept", () => {
    const text = "Céng hoµ x· héi\nKÕ ho¹ch cña Uû ban\nCông tác của Ủy ban\nTæ chøc thùc hiÖn";
    expect(toUnicodeText(text)).toEqual({
      text: "Cộng hoà xã hội\nKế hoạch của Uỷ ban\nCông tác của Ủy ban\nTổ chức thực hiện",
      encoding: "tcvn3",
    });
  });

  test("a document mostly in VNI, with a line in Unicode, is VNI", () => {
    const text = "Coäng hoøa xaõ hoäi\nKế hoạch của Ủy ban\nKeá hoaïch cuûa UÛy ban";
    expect(detectLegacyEncoding(text)).toBe("vni");
  });

  test("a line holding letters only Unicode has is Unicode, even with TCVN3 words in it", () => {
    // Fonts mixed in one paragraph: the line is left as it is rather than half converted.
    const text = "Kế hoạch thùc hiÖn nhiÖm vô";
    expect(toUnicodeText(text)).toEqual({ text, encoding: null });
    expect(fromLegacy(text, "tcvn3")).toBe(text);
  });

  test("a document mostly in Unicode, with a line in TCVN3, is not converted", () => {
    const text = "Kế hoạch của Ủy ban\nCéng hoµ x· héi\nTổ chức thực hiện";
    expect(toUnicodeText(text)).toEqual({ text, encoding: null });
  });

  test("lines in ASCII do not count against the encoding", () => {
    const text = "TT\tNhiem vu\n1\tKÕ ho¹ch\n2\tIV\n3\tRa soat";
    expect(detectLegacyEncoding(text)).toBe("tcvn3");
  });
});

describe("toUnicodeText", () => {
  test("decomposed (NFD) Unicode comes back composed (NFC)", () => {
    const text = "Kế hoạch cải cách hành chính – Ủy ban nhân dân xã Đông Hòa";
    expect(toUnicodeText(text.normalize("NFD"))).toEqual({ text, encoding: null });
  });

  test("random decomposed text comes back composed", () => {
    fc.assert(
      fc.property(documentOf(words), (text) => {
        expect(toUnicodeText(text.normalize("NFD"))).toEqual({ text, encoding: null });
      })
    );
  });

  test("Windows line breaks are kept", () => {
    expect(toUnicodeText("C«ng t¸c\r\nc¶i c¸ch\r\nhµnh chÝnh").text).toBe(
      "Công tác\r\ncải cách\r\nhành chính"
    );
  });

  test("no string makes it throw, and what it gives is NFC", () => {
    const latin1 = fc.string({
      unit: fc.integer({ min: 0, max: 0xff }).map((code) => String.fromCharCode(code)),
    });
    const codeUnits = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    });
    const anyText = fc.oneof(latin1, codeUnits, fc.string({ unit: "binary" }), fc.string());
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: converted } = toUnicodeText(text);
        expect(converted).toBe(converted.normalize("NFC"));
        for (const encoding of ["tcvn3", "vni"] as const) {
          const legacy = fromLegacy(text, encoding);
          expect(legacy).toBe(legacy.normalize("NFC"));
        }
      })
    );
  });
});
