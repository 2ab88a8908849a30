import { Appendix } from "../appendix";
import { Grid } from "../grid";
import { readTitleBlock } from "../titleBlock";
import { SourceInput } from "./consolidation";
import { PeriodAsked, sourceFigures } from "./sourceFigures";

/**
 * A source read, as a consolidation takes it: its appendix summed up, under the unit its title block
 * names ("… của UBND xã …"), else `fallbackUnit` (the file's or the sheet's name).
 */
export function tableSource(
  table: { file: string; sheet: string; grid: Grid; appendix: Appendix },
  fallbackUnit: string,
  period?: PeriodAsked
): SourceInput {
  const { grid, appendix } = table;
  const issuer = readTitleBlock(grid, appendix.headerRow - grid.firstRow).reference.issuer;
  return {
    file: table.file,
    sheet: table.sheet,
    unit: issuer ?? fallbackUnit,
    figures: sourceFigures(appendix, period),
    year: appendix.planYear,
  };
}
