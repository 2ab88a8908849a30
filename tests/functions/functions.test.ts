import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import path from "path";
import { bangChu } from "../../src/functions/functions";

/**
 * Only what exists nothing but inside Excel is stubbed: the custom functions runtime's
 * CustomFunctions.Error and its error codes. The function itself is called as Excel calls it.
 */
class RuntimeError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

const runtime = {
  Error: RuntimeError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

beforeAll(() => {
  Object.assign(globalThis, { CustomFunctions: runtime });
});

afterAll(() => {
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

/** The error =PHULUC.BANGCHU(…) shows in the cell, or a failure when it returned words instead. */
function errorOf(call: () => unknown): RuntimeError {
  let words: unknown;
  try {
    words = call();
  } catch (error) {
    expect(error).toBeInstanceOf(RuntimeError);
    return error as RuntimeError;
  }
  throw new Error(`expected a #VALUE! error, got ${JSON.stringify(words)}`);
}

describe("=PHULUC.BANGCHU(amount, [dialect])", () => {
  test.each<[number, string]>([
    [0, "Không đồng"],
    [14, "Mười bốn đồng"],
    [21, "Hai mươi mốt đồng"],
    [24, "Hai mươi tư đồng"],
    [105, "Một trăm linh năm đồng"],
    [1_005_000, "Một triệu không trăm linh năm nghìn đồng"],
    [34_900_000, "Ba mươi tư triệu chín trăm nghìn đồng"],
    [1_000_000_000_000, "Một nghìn tỷ đồng"],
  ])("%d đồng reads the northern way by default", (amount, words) => {
    expect(bangChu(amount)).toBe(words);
    // Excel passes null for the omitted optional argument.
    expect(bangChu(amount, null)).toBe(words);
    expect(bangChu(amount, "north")).toBe(words);
  });

  test("south reads lẻ, bốn, ngàn", () => {
    expect(bangChu(1_004_000, "south")).toBe("Một triệu không trăm lẻ bốn ngàn đồng");
    expect(bangChu(24, "south")).toBe("Hai mươi bốn đồng");
  });

  test("the dialect is read case- and accent-blind, in English or Vietnamese", () => {
    expect(bangChu(104, " South ")).toBe("Một trăm lẻ bốn đồng");
    expect(bangChu(104, "Nam")).toBe("Một trăm lẻ bốn đồng");
    expect(bangChu(104, "miền Bắc")).toBe("Một trăm linh tư đồng");
    expect(bangChu(104, "")).toBe("Một trăm linh tư đồng");
  });

  test("a sum with a binary fraction left over is still whole đồng", () => {
    // 12,9 triệu đồng times 1.000.000 in floating point.
    expect(bangChu(12.9 * 1e6)).toBe("Mười hai triệu chín trăm nghìn đồng");
    expect(bangChu(0.1 * 3 * 1e6)).toBe("Ba trăm nghìn đồng");
  });

  test.each<[string, unknown, RegExp]>([
    ["a negative amount", -5_000, /không được âm: -5\.000/],
    ["a fractional amount", 1_500.5, /số đồng nguyên.*1\.500,5/],
    ["a negative fractional amount", -0.5, /không được âm: -0,5/],
    ["text, even of digits", "12.900.000", /không phải chữ: "12\.900\.000"/],
    ["a logical value", true, /phải là một số: TRUE/],
    ["an empty cell", null, /Chưa có số tiền/],
    ["an empty string", "", /Chưa có số tiền/],
    ["an amount past exact integers", 2 ** 60, /quá lớn/],
    ["not a number at all", Number.NaN, /phải là một số: NaN/],
    ["a data type (an object)", { type: "Entity", text: "Hà Nội" }, /^Số tiền phải là một số\.$/],
  ])("%s is a #VALUE! error that says why", (_, amount, message) => {
    const error = errorOf(() => bangChu(amount));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
  });

  test.each<unknown>(["west", "constructor", 1])(
    "an unknown dialect %p is a #VALUE! error",
    (dialect) => {
      const error = errorOf(() => bangChu(1_000, dialect));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain('"north"');
      expect(error.message).toContain('"south"');
    }
  );
});

/**
 * functions.json as the web build writes it: custom-functions-metadata-plugin runs this same generator
 * on src/functions/functions.ts (webpack.config.js), so its output is what Excel shows while
 * =PHULUC.BANGCHU( is typed.
 */
describe("the metadata Excel shows for =PHULUC.BANGCHU (functions.json)", () => {
  interface Metadata {
    functions: {
      id: string;
      name: string;
      description?: string;
      parameters: { name: string; description?: string; optional?: boolean; type?: string }[];
      result: { type?: string };
    }[];
  }
  let metadata: Metadata;
  let errors: string[];

  beforeAll(async () => {
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    const source = path.resolve(__dirname, "../../src/functions/functions.ts");
    const generated = await generateCustomFunctionsMetadata([source]);
    errors = generated.errors;
    metadata = JSON.parse(generated.metadataJson) as Metadata;
  });

  test("is generated without errors, one function BANGCHU", () => {
    expect(errors).toEqual([]);
    expect(metadata.functions.map((entry) => [entry.id, entry.name])).toEqual([
      ["BANGCHU", "BANGCHU"],
    ]);
  });

  test("names the parameters in Vietnamese: PHULUC.BANGCHU(số_tiền, [cách_đọc])", () => {
    const [bangChuEntry] = metadata.functions;
    expect(
      bangChuEntry.parameters.map((parameter) => [parameter.name, parameter.optional ?? false])
    ).toEqual([
      ["số_tiền", false],
      ["cách_đọc", true],
    ]);
    for (const { name } of bangChuEntry.parameters) {
      // NFC, as Excel and the officer's keyboard write Vietnamese; letters and "_" only, like a
      // function name (custom functions' names may use any Unicode letter, digit, "_" and ".").
      expect(name.normalize("NFC")).toBe(name);
      expect(name).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
    }
  });

  test("describes the function and each parameter in Vietnamese", () => {
    const [bangChuEntry] = metadata.functions;
    expect(bangChuEntry.description).toMatch(/^Số tiền bằng chữ: /);
    const [amount, dialect] = bangChuEntry.parameters;
    expect(amount.description).toMatch(/^Số tiền \(đồng\)/);
    expect(dialect.description).toMatch(/^Cách đọc: /);
    expect(dialect.description).toContain('"north"');
    expect(dialect.description).toContain('"south"');
    for (const text of [bangChuEntry.description, amount.description, dialect.description])
      expect(text?.normalize("NFC")).toBe(text);
    expect(bangChuEntry.result.type).toBe("string");
  });

  test("the spellings the dialect's description offers are the ones the function reads", () => {
    expect(bangChu(104, "bắc")).toBe("Một trăm linh tư đồng");
    expect(bangChu(104, "nam")).toBe("Một trăm lẻ bốn đồng");
    expect(bangChu(104, "north")).toBe("Một trăm linh tư đồng");
    expect(bangChu(104, "south")).toBe("Một trăm lẻ bốn đồng");
  });
});
