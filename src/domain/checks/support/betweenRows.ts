import { betweenText } from "../../messages";
import { Between } from "../../numberSequence";
import { rowName } from "../../rowNames";

/** The rows around a row that stands between two that follow on: "1.1.3 (dòng 6)", "1.1.4 (dòng 8)". */
export function namesAround(between: Between): [string | null, string] {
  return [between.previous ? rowName(between.previous) : null, rowName(between.next)];
}

/** The hint for such a row: no number is suggested, as the one it would take is the next row's. */
export function betweenHint(between: Between): string {
  return betweenText.hint(...namesAround(between));
}
