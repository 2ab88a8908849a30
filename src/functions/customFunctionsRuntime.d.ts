/**
 * The part of Excel's custom functions runtime that the add-in uses. functions.html loads the
 * runtime (custom-functions-runtime.js) from Microsoft's CDN; @types/custom-functions-runtime is not
 * installed, so its declarations are written out here. Delete this file if that package is added.
 */
declare namespace CustomFunctions {
  /** Registers a function under the id functions.json gives it (the metadata plugin adds the calls). */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;

  /** Thrown (or returned) by a custom function, it shows in the cell as an Excel error. */
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    /** Shown when the user points at the cell's error; Excel keeps it for #VALUE! and #N/A. */
    message?: string;
  }

  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }
}
