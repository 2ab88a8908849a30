import { excelText } from "./excelText";

/**
 * An error the officer can read: its message is Vietnamese, `cause` keeps what Excel threw.
 * The adapter throws these; it never swallows an error.
 */
export class ExcelSheetError extends Error {
  /** Excel's error code (OfficeExtension.Error.code), when the error came from Excel. */
  readonly code?: string;

  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ExcelSheetError";
    this.code = options?.code;
  }
}

/** The parts of an OfficeExtension.Error the translation looks at (duck-typed: no Office.js at run time). */
interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; message?: unknown; errorLocation?: unknown };
}

/** Words Excel's own message uses (English or a localised Excel) when the code alone is too general. */
const PROTECTED = /protect|bảo vệ/i;
const MERGED = /merge|gộp|phối/i;

/** What Excel's error was about, in Vietnamese, for the task pane to show. */
export function excelErrorMessage(error: unknown): string {
  if (error instanceof ExcelSheetError) return error.message;
  const { code, message, location } = describe(error);
  const text = `${message} ${location}`;
  switch (code) {
    case "AccessDenied":
      return excelText.protectedSheet;
    case "ItemNotFound":
      return excelText.sheetMissing;
    case "MergedRangeConflict":
      return excelText.mergedCells;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return excelText.tooLarge;
    case "InvalidOperationInCellEditMode":
      return excelText.cellEditMode;
    case "InsertDeleteConflict":
      return excelText.insertConflict;
    case "ItemAlreadyExists":
      return excelText.sheetExists;
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedFeature":
    case "UnsupportedOperation":
      return excelText.unsupported;
    case "RequestAborted":
    case "Conflict":
      return excelText.busy;
    default:
      // InvalidOperation, GeneralException, InvalidArgument …: the message says what was in the way.
      if (PROTECTED.test(text)) return excelText.protectedSheet;
      if (MERGED.test(text)) return excelText.mergedCells;
  }
  const parts = [message || excelText.unknown];
  if (code) parts.push(`mã ${code}`);
  if (location) parts.push(`tại ${location}`);
  return excelText.generic(parts.join(", "));
}

/** The error as the officer's message, ready to throw; `cause` keeps the original. */
export function excelError(error: unknown): ExcelSheetError {
  if (error instanceof ExcelSheetError) return error;
  return new ExcelSheetError(excelErrorMessage(error), {
    cause: error,
    code: describe(error).code || undefined,
  });
}

function describe(error: unknown): { code: string; message: string; location: string } {
  if (typeof error === "string") return { code: "", message: error, location: "" };
  if (typeof error !== "object" || error === null)
    return { code: "", message: error === undefined ? "" : String(error), location: "" };
  const office = error as OfficeErrorLike;
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    code: text(office.code) || text(office.debugInfo?.code),
    message: text(office.message) || text(office.debugInfo?.message),
    location: text(office.debugInfo?.errorLocation),
  };
}
