import { describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import type { ImportedRow } from "../../../src/domain/planText/planImport";
import {
  editableRows,
  importedRow,
  rowCounts,
  typedAmount,
  unreadableAmounts,
  withNumbersOf,
} from "../../../src/taskpane/create/editableRows";

const row = (number: string, task: string, extra: Partial<ImportedRow> = {}): ImportedRow => ({
  number,
  task,
  lead: "",
  partners: "",
  product: "",
  schedule: "",
  amount: null,
  section: false,
  lines: [Number(number.replace(/\D/g, "")) || 1],
  ...extra,
});

const SECTION = row("1", "Cải cách thể chế", { section: true, lines: [11] });
const FIRST = row("1.1", "Rà soát văn bản", {
  lead: "Công chức Tư pháp - Hộ tịch",
  schedule: "Quý II/2025",
  amount: 2_000_000,
  lines: [12, 13, 14],
});
const SECOND = row("1.2", "Theo dõi thi hành pháp luật", { lines: [15, 16] });

describe("the rows the officer corrects", () => {
  test("show Kinh phí grouped by dots, and give it back in đồng", () => {
    const [section, first, second] = editableRows([SECTION, FIRST, SECOND], 7);
    expect([section.key, first.key, second.key]).toEqual([7, 8, 9]);
    expect(first.amount).toBe("2.000.000");
    expect(second.amount).toBe("");
    expect(importedRow(first)).toEqual(FIRST);
    expect(importedRow(section)).toEqual(SECTION);
  });

  test("what is typed is trimmed, and Kinh phí read as the checker reads it", () => {
    const [first] = editableRows([FIRST]);
    const typed = { ...first, task: "  Rà soát  ", amount: "3 triệu" };
    expect(importedRow(typed)).toMatchObject({ task: "Rà soát", amount: 3_000_000 });
    expect(typedAmount("1.500.000 đồng")).toBe(1_500_000);
    expect(typedAmount("")).toBeNull();
    // Words that name no money of the row's own: no amount.
    expect(typedAmount("Lồng ghép")).toBeNull();
    expect(typedAmount("2.000.00")).toBeUndefined();
    expect(typedAmount("12abc")).toBeUndefined();
  });

  test("rows whose Kinh phí cannot be read are named, and give no amount", () => {
    const rows = editableRows([SECTION, FIRST, SECOND]);
    rows[2] = { ...rows[2], amount: "5.00.000" };
    expect(unreadableAmounts(rows).map((r) => r.number)).toEqual(["1.2"]);
    expect(importedRow(rows[2]).amount).toBeNull();
  });

  test("a Kinh phí written in words is shown as written and kept as a note, not an amount", () => {
    const worded = { ...FIRST, amount: null, amountText: "Lồng ghép" };
    const [row] = editableRows([worded]);
    expect(row.amount).toBe("Lồng ghép");
    expect(importedRow(row)).toEqual(worded);
    expect(importedRow({ ...row, amount: "1.000.000" })).not.toHaveProperty("amountText");
  });

  test("count sections and tasks", () => {
    expect(rowCounts([SECTION, FIRST, SECOND])).toEqual({ sections: 1, tasks: 2 });
    expect(rowCounts([])).toEqual({ sections: 0, tasks: 0 });
  });
});

describe("reading the text again (the letters switch)", () => {
  const LETTERED = [SECTION, { ...FIRST, number: "a)" }, { ...SECOND, number: "b)" }];

  test("each row takes the new TT, keeps what the officer typed, and stays removed once removed", () => {
    const shown = editableRows([SECTION, FIRST, SECOND], 0);
    shown[1] = { ...shown[1], task: "Rà soát, hệ thống hóa văn bản", lead: "Văn phòng" };
    const edited = [shown[0], shown[1]]; // 1.2 removed
    const again = withNumbersOf(edited, [SECTION, FIRST, SECOND], LETTERED, 10);
    expect(again.map((r) => [r.number, r.task, r.lead])).toEqual([
      ["1", "Cải cách thể chế", ""],
      ["a)", "Rà soát, hệ thống hóa văn bản", "Văn phòng"],
    ]);
  });

  test("a row only the new reading has comes in as read, with a new key", () => {
    const shown = editableRows([SECTION, FIRST], 0);
    const extra = row("c)", "Phổ biến pháp luật", { lines: [20] });
    const again = withNumbersOf(shown, [SECTION, FIRST], [SECTION, FIRST, extra], 10);
    expect(again.map((r) => r.task)).toEqual([SECTION.task, FIRST.task, "Phổ biến pháp luật"]);
    expect(again[2].key).toBe(12);
    expect(new Set(again.map((r) => r.key)).size).toBe(3);
  });

  test("property: whatever is typed in the fields other than TT survives, in order", () => {
    const field = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ task: field, lead: field, amount: field, keep: fc.boolean() }), {
          minLength: 1,
          maxLength: 8,
        }),
        (edits) => {
          const before = edits.map((_, i) => row(`1.${i + 1}`, `Việc ${i}`, { lines: [i + 1] }));
          const after = before.map((r, i) => ({ ...r, number: `${"abcdefgh"[i]})` }));
          const edited = editableRows(before)
            .map((r, i) => ({ ...r, ...edits[i] }))
            .filter((_, i) => edits[i].keep);
          const again = withNumbersOf(edited, before, after, 100);
          expect(again.map((r) => [r.task, r.lead, r.amount])).toEqual(
            edited.map((r) => [r.task, r.lead, r.amount])
          );
          expect(again.map((r) => r.number)).toEqual(
            edits.flatMap((e, i) => (e.keep ? [`${"abcdefgh"[i]})`] : []))
          );
        }
      )
    );
  });
});
