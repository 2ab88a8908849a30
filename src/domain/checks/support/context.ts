import { ColumnAnalysis } from "../../analysis";
import { NumberSequence } from "../../numberSequence";
import { ScheduleReading } from "../../schedule/schedule";
import { SourceFault } from "../../sourceSplit";

/**
 * What every rule may look at: the table (or one Kinh phí column's view of it), its tree, and the
 * analyses the rules share (see analysis.ts), worked out once for all of them.
 */
export interface CheckContext extends ColumnAnalysis {
  sequence: NumberSequence;
  /** Rows whose Tổng số and sources disagree, where the table splits Kinh phí into sources. */
  sourceFaults: SourceFault[];
  /** Each row's "Thời gian thực hiện" read, by sheet row: worked out when a rule first asks. */
  readonly schedules: ReadonlyMap<number, ScheduleReading>;
}
