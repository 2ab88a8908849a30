import { describe, expect, test } from "@jest/globals";
import { checkAppendix } from "../../../src/domain/checkAppendix";
import { findAppendix } from "../../../src/domain/readAppendix";
import { TRACKED_SAMPLE, trackedSampleGrid } from "../../support/trackedSample";

describe("the tracked sample (tests/support/trackedSample.ts)", () => {
  const found = findAppendix(trackedSampleGrid());
  if (!found.found) throw new Error(found.message);
  const { appendix } = found;
  const rowAt = (sheetRow: number) => {
    const row = appendix.rows.find((candidate) => candidate.row === sheetRow);
    if (!row) throw new Error(`no row ${sheetRow}`);
    return row;
  };

  test("its table is the sample's, with the four tracking columns found", () => {
    expect(appendix.headerRow).toBe(6);
    expect(appendix.planYear).toBe(2020);
    expect(appendix.columns.budget).toBe(7);
    expect(appendix.tracking).toEqual(TRACKED_SAMPLE.columns);
  });

  test("each tracked row reads as documented", () => {
    expect(rowAt(TRACKED_SAMPLE.onTime).tracking).toMatchObject({
      progress: "done",
      completed: "2020-01-08",
    });
    expect(rowAt(TRACKED_SAMPLE.overdue).tracking).toMatchObject({
      progress: "in-progress",
      completed: null,
    });
    expect(rowAt(TRACKED_SAMPLE.serialDate).tracking).toMatchObject({
      progress: "done",
      completed: "2020-02-20",
      spent: { kind: "amount", value: 500_000 },
    });
    expect(rowAt(TRACKED_SAMPLE.late).tracking?.completed).toBe("2020-02-15");
    expect(rowAt(TRACKED_SAMPLE.overspent).tracking?.spent).toEqual({
      kind: "amount",
      value: 3_000_000,
    });
    expect(rowAt(TRACKED_SAMPLE.notStarted).tracking?.progress).toBe("not-started");
    expect(rowAt(9).tracking).toMatchObject({
      progress: null,
      progressText: "",
      completedText: "",
    });
  });

  test("its only tracking finding: the spending over plan at J34", () => {
    const tracking = checkAppendix(appendix).filter((finding) =>
      finding.rule.startsWith("tracking.")
    );
    expect(tracking.map((finding) => [finding.rule, finding.cell])).toEqual([
      ["tracking.overspent", "J34"],
    ]);
  });
});
