import path from "path";
import {
  consolidate,
  Consolidation,
  consolidationJson,
  SourceInput,
} from "../domain/consolidation/consolidation";
import { periodAsked } from "../domain/consolidation/sourceFigures";
import { PeriodId } from "../domain/report/periods";
import { shownDate, today } from "../domain/calendar";
import { consolidationSheet } from "../sheet/consolidation/consolidationSheet";
import { cliText } from "./cliText";
import { compareCommand } from "./compareCommand";
import { readSource } from "./consolidationSource";
import { writeParts } from "./output";
import { outputRefusal, ReportOutput, writeReportSheets } from "./reportOutput";

/** The options of `phuluc consolidate`, as main.ts reads them. */
export interface ConsolidateOptions {
  files: string[];
  format: "text" | "json";
  /** -o: the summary written to a new .xlsx as well. */
  output?: ReportOutput;
  /** --period: each source's figures for the period too (in the year of --year, else its title's). */
  period?: PeriodId;
  year?: number;
  /** --compare: the two files are two years of one unit's plan, compared. */
  compare: boolean;
}

const EXIT_CLEAN = 0;
const EXIT_FAULTS = 1;
const EXIT_NONE_READ = 2;
/** Sources read between two progress lines on stderr, for a long run. */
const PROGRESS_EVERY = 50;

/**
 * `phuluc consolidate`: many appendices read one after the other (each only while it is summed up,
 * so that memory stays that of one file), checked, and summed up by source, section and lead unit.
 * Loaded only for this command.
 */
export async function consolidateCommand(options: ConsolidateOptions): Promise<number> {
  if (options.output !== undefined) {
    // Said before any work; none of the sources is ever the file written.
    for (const file of options.files) {
      const refused = await outputRefusal(options.output, file, cliText.consolidate.outputIsInput);
      if (refused !== null) {
        process.stderr.write(`${refused}\n`);
        return EXIT_NONE_READ;
      }
    }
  }
  if (options.compare) {
    const [before, after] = options.files;
    return await compareCommand([before, after], options.format, options.output);
  }
  const asked = periodAsked(options.period, options.year);
  const periodName = asked?.rule.name ?? null;
  const inputs: SourceInput[] = [];
  for (const [index, file] of options.files.entries()) {
    inputs.push(await readSource(file, asked));
    const done = index + 1;
    if (options.files.length > PROGRESS_EVERY && done % PROGRESS_EVERY === 0)
      process.stderr.write(`${cliText.consolidate.progress(done, options.files.length)}\n`);
  }
  const summary = consolidate(inputs);
  const read = summary.sources.filter((source) => source.status !== "unreadable").length;
  if (read === 0) process.stderr.write(`${cliText.consolidate.noneRead}\n`);
  await writeParts(
    process.stdout,
    options.format === "json"
      ? [`${JSON.stringify(consolidationJson(summary))}\n`]
      : consolidationText(summary, read, periodName)
  );
  if (read === 0) return EXIT_NONE_READ;
  if (options.output !== undefined) {
    const sheet = consolidationSheet(summary, shownDate(today()), periodName);
    const failed = await writeReportSheets(options.output, [sheet]);
    if (failed !== null) {
      process.stderr.write(`${failed}\n`);
      return EXIT_NONE_READ;
    }
    process.stderr.write(`${cliText.written(path.resolve(options.output.file), [sheet.name])}\n`);
  }
  return summary.sources.every((source) => source.status === "ok") ? EXIT_CLEAN : EXIT_FAULTS;
}

function consolidationText(summary: Consolidation, read: number, period: string | null): string[] {
  const text = cliText.consolidate;
  return [
    text.heading(summary.sources.length, read),
    ...summary.sources.flatMap((source) => [
      text.source(source),
      ...(period !== null && source.period !== undefined
        ? [text.periodLine(period, source.period)]
        : []),
    ]),
    text.total(summary.total.planned, summary.total.tasks),
    text.sectionsHeading,
    ...summary.bySection.map((line) => text.line(line.title, line.tasks, line.planned)),
    text.unitsHeading,
    ...summary.byUnit.map((line) => text.line(line.unit, line.tasks, line.planned)),
  ].map((line) => `${line}\n`);
}
