/** Why an input cannot be checked at all: the `code` of `--format json`'s error, a contract for scripts. */
export const INPUT_PROBLEMS = [
  "not-found",
  "not-a-workbook",
  "damaged",
  "encrypted",
  "too-large",
  "no-appendix",
  "no-sheet",
  "unsupported",
  /** `report`: the plan's year is neither in the appendix's title nor given with --year. */
  "no-year",
  /** `report`: the workbook's settings sheet leaves out the period asked for. */
  "no-period",
] as const;

export type InputProblem = (typeof INPUT_PROBLEMS)[number];

/** A reason the input cannot be checked at all; the command line exits with 2 and says it. */
export class InputError extends Error {
  constructor(
    readonly code: InputProblem,
    /** Why, in Vietnamese, for the person who gave the file. */
    message: string
  ) {
    super(message);
    this.name = "InputError";
  }
}
