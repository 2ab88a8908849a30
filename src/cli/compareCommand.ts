import path from "path";
import { comparePlans, PlanComparison } from "../domain/consolidation/planComparison";
import { comparisonSheet } from "../sheet/consolidation/comparisonSheet";
import { cliText } from "./cliText";
import { readSource } from "./consolidationSource";
import { writeParts } from "./output";
import { ReportOutput, writeReportSheets } from "./reportOutput";

const EXIT_DONE = 0;
const EXIT_FAILED = 2;

/**
 * `phuluc consolidate OLD NEW --compare`: two years of one unit's plan side by side, printed (or as
 * JSON) and with -o written as the "So sánh" sheet.
 */
export async function compareCommand(
  files: readonly [string, string],
  format: "text" | "json",
  output: ReportOutput | undefined
): Promise<number> {
  const [before, after] = [await readSource(files[0]), await readSource(files[1])];
  if (!("figures" in before) || !("figures" in after)) return EXIT_FAILED;
  const comparison = comparePlans(before.figures, after.figures);
  const label = (source: typeof before, file: string) =>
    "year" in source && source.year ? cliText.compare.year(source.year) : path.basename(file);
  const years = { before: label(before, files[0]), after: label(after, files[1]) };
  await writeParts(
    process.stdout,
    format === "json"
      ? [`${JSON.stringify(comparisonJson(comparison))}\n`]
      : comparisonText(comparison, years)
  );
  if (output !== undefined) {
    const sheet = comparisonSheet(comparison, years);
    const failed = await writeReportSheets(output, [sheet]);
    if (failed !== null) {
      process.stderr.write(`${failed}\n`);
      return EXIT_FAILED;
    }
    process.stderr.write(`${cliText.written(path.resolve(output.file), [sheet.name])}\n`);
  }
  return EXIT_DONE;
}

/** {"kept": [{"before", "after"}], "added": [str], "dropped": [str], "bySection": [{"title", "before", "after", "change"}]} */
function comparisonJson(comparison: PlanComparison): object {
  return {
    kept: comparison.kept.map((pair) => ({ before: pair.before.text, after: pair.after.text })),
    added: comparison.added.map((task) => task.text),
    dropped: comparison.dropped.map((task) => task.text),
    bySection: comparison.bySection,
  };
}

function comparisonText(
  comparison: PlanComparison,
  years: { before: string; after: string }
): string[] {
  const text = cliText.compare;
  return [
    text.heading(years.before, years.after),
    text.counts(comparison.kept.length, comparison.added.length, comparison.dropped.length),
    text.addedHeading,
    ...comparison.added.map((task) => `  + ${task.text}`),
    text.droppedHeading,
    ...comparison.dropped.map((task) => `  - ${task.text}`),
    text.sectionsHeading,
    ...comparison.bySection.map((line) =>
      text.section(line.title, line.before, line.after, line.change)
    ),
  ].map((line) => `${line}\n`);
}
