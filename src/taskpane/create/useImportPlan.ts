import { useDeferredValue, useMemo, useRef, useState } from "react";
import type { Finding } from "../../domain/finding";
import type { PlanImport } from "../../domain/planText/planImport";
import type { PlanRequest } from "../../usecases/createAppendix";
import { ExcelActions } from "../host/excelActions";
import { paneText } from "../paneText";
import { Status } from "../shared/useAction";
import {
  EditableField,
  EditableRow,
  editableRows,
  importedRow,
  rowCounts,
  unreadableAmounts,
  withNumbersOf,
} from "./editableRows";
import { headingValues } from "./headingValues";
import { findingRowIndex, importFindings } from "./importFindings";
import { importText as text } from "./importText";
import { loadPlanImport, PlanImportCode } from "./loadPlanImport";
import { PlanFormValues } from "./planForm";
import { planFileText } from "./planFileText";

/** What the import shares with the rest of the Lập phụ lục tab (useNewAppendix). */
export interface ImportPlanHost {
  actions: ExcelActions | null;
  /** The tab's one action at a time, its outcome in the tab's status bar. */
  run: (task: () => Promise<Status | null>) => Promise<void>;
  setStatus: (status: Status | null) => void;
  /** Vietnamese for an error thrown. */
  describe: (error: unknown) => string;
  /** The form's request, or null with its errors shown under its fields. */
  validated: () => PlanRequest | null;
  /** Puts a plan heading's entries in the form's empty fields; returns what it filled. */
  prefill: (values: Partial<PlanFormValues>) => Partial<PlanFormValues>;
  /** The status of an appendix written (the sheet picker told). */
  written: (appendixSheet: string, unitsSheet: string | null) => Status;
}

/** A plan's text as read, and where it came from. */
interface Reading {
  /** The text given to the importer. */
  source: string;
  /** The .docx it was read from; null for pasted text. */
  file: string | null;
  /** The importer's reading of it, with the current options. */
  parsed: PlanImport;
}

/** A finding of the check of the rows, with the row it is at as the officer now sees it. */
export interface RowFinding {
  finding: Finding;
  row: EditableRow | undefined;
}

/** The name of a row in the pane's sentences: "Mục 1", "Nhiệm vụ 1.2". */
export const rowName = (row: Pick<EditableRow, "number" | "section">) =>
  row.section ? text.sectionName(row.number) : text.taskName(row.number);

/**
 * "Nhập từ Kế hoạch": a plan's text (pasted, or a .docx's) read into the appendix's rows, which the
 * officer corrects in the pane while the checker's findings follow the edits; the form's empty fields
 * take what the plan's heading says. Nothing is written until "Lập phụ lục từ bảng này".
 */
export function useImportPlan(host: ImportPlanHost) {
  const { actions, run, setStatus } = host;
  const [planText, setPlanText] = useState("");
  const [keepLetters, setKeepLettersOption] = useState(false);
  const [reading, setReading] = useState<Reading | null>(null);
  const [rows, setRows] = useState<EditableRow[]>([]);
  const [code, setCode] = useState<PlanImportCode | null>(null);
  // Counts the texts read: a new reading is shown from its heading, a reading read again is not.
  const [reads, setReads] = useState(0);
  // Keys never repeat, so that a row read again is a new row to React.
  const nextKey = useRef(0);
  const takeKeys = (count: number) => {
    const first = nextKey.current;
    nextKey.current += count;
    return first;
  };

  /**
   * Reads a text (the box's, or a file's) with the current options: its rows replace those shown. A
   * text that gives none leaves what is shown as it is, and says why.
   */
  const parse = async (source: string, file: string | null): Promise<Status> => {
    if (source.trim() === "")
      return { intent: "warning", text: file === null ? text.empty : text.emptyFile(file) };
    const loaded = code ?? (await loadPlanImport());
    setCode(loaded);
    const parsed = loaded.importPlanText(source, { keepLetters });
    if (parsed.rows.length === 0) return { intent: "warning", text: text.noTasks };
    setReading({ source, file, parsed });
    setReads((count) => count + 1);
    setRows(editableRows(parsed.rows, takeKeys(parsed.rows.length)));
    return { intent: "info", text: text.readDone + prefilled(parsed) };
  };

  /** Fills the form from the plan's heading; the sentence that says what was filled. */
  const prefilled = (parsed: PlanImport): string => {
    const filled = host.prefill(headingValues(parsed.heading));
    const names: string[] = [];
    if (filled.year !== undefined) names.push(text.fieldNames.year);
    if (filled.planNumber !== undefined) names.push(text.fieldNames.planNumber);
    if (filled.day !== undefined || filled.month !== undefined || filled.signedYear !== undefined)
      names.push(text.fieldNames.date);
    if (filled.issuer !== undefined) names.push(text.fieldNames.issuer);
    return names.length === 0 ? "" : text.prefilled(names);
  };

  // What reading gave (or why not) is said beside the box and buttons the officer just used, not in
  // the tab's status bar below the rows; so is the spinner while a text is read.
  const [readingNow, setReadingNow] = useState(false);
  const [readOutcome, setReadOutcome] = useState<Status | null>(null);
  const runReading = (task: () => Promise<Status>) =>
    run(async () => {
      setReadingNow(true);
      setReadOutcome(null);
      try {
        setReadOutcome(await task());
      } catch (error) {
        console.error(error);
        setReadOutcome({ intent: "error", text: host.describe(error) });
      } finally {
        setReadingNow(false);
      }
      return null;
    });

  const readText = () => runReading(() => parse(planText, null));

  const readFile = (file: File) =>
    runReading(async () => {
      const read = await planFileText(file);
      if (!read.ok) {
        const say = {
          "too-large": text.tooLarge,
          inflated: text.inflated,
          "not-docx": text.notDocx,
          damaged: text.damaged,
          encrypted: text.encrypted,
          empty: text.emptyFile,
        }[read.problem];
        return { intent: "warning", text: say(file.name) };
      }
      setPlanText(read.text);
      return await parse(read.text, file.name);
    });

  /** The switch: the text read is read again, the officer's edits kept (withNumbersOf). */
  const setKeepLetters = (on: boolean) => {
    setKeepLettersOption(on);
    if (reading === null || code === null) return;
    const parsed = code.importPlanText(reading.source, { keepLetters: on });
    setRows(withNumbersOf(rows, reading.parsed.rows, parsed.rows, takeKeys(parsed.rows.length)));
    setReading({ ...reading, parsed });
  };

  const editRow = (key: number, field: EditableField, value: string) =>
    setRows((current) =>
      current.map((row) => (row.key === key ? { ...row, [field]: value } : row))
    );

  const removeRow = (key: number) => {
    const row = rows.find((candidate) => candidate.key === key);
    if (!row) return;
    setRows((current) => current.filter((candidate) => candidate.key !== key));
    setStatus({ intent: "info", text: text.removed(rowName(row)) });
  };

  // The check follows the edits, a render behind the typing.
  const checkedRows = useDeferredValue(rows);
  const findings = useMemo((): RowFinding[] => {
    if (reading === null || code === null || checkedRows.length === 0) return [];
    const made = code.importedAppendix(checkedRows.map(importedRow), reading.parsed.heading, {
      reference: {},
    });
    if (made === null) return [];
    return importFindings(made.findings).map((finding) => ({
      finding,
      row: checkedRows[findingRowIndex(finding)],
    }));
  }, [checkedRows, reading, code]);

  const create = () =>
    run(async () => {
      if (!actions || reading === null || code === null) return null;
      if (rows.length === 0) return { intent: "warning", text: text.noRows };
      const unreadable = unreadableAmounts(rows);
      if (unreadable.length > 0)
        return { intent: "warning", text: text.rowsInvalid(unreadable.map(rowName)) };
      const request = host.validated();
      if (request === null) return { intent: "warning", text: paneText.create.invalid };
      const made = code.importedAppendix(rows.map(importedRow), reading.parsed.heading, request);
      if (made === null) return { intent: "warning", text: text.noRows };
      const result = await actions.createAppendix({ imported: made.plan }, request);
      if (result.kind !== "written") throw new Error(`an imported plan gave ${result.kind}`);
      setReading(null);
      setRows([]);
      setReadOutcome(null);
      return host.written(result.appendixSheet, result.unitsSheet);
    });

  return {
    text: planText,
    setText: setPlanText,
    keepLetters,
    setKeepLetters,
    readText,
    readFile,
    /** What was read, while there is a reading to correct. */
    reading:
      reading === null
        ? null
        : {
            file: reading.file,
            unused: reading.parsed.unused,
            convertedFrom: reading.parsed.convertedFrom,
          },
    reads,
    readingNow,
    readOutcome,
    rows,
    counts: rowCounts(rows),
    findings,
    editRow,
    removeRow,
    create,
  };
}

export type ImportPlanState = ReturnType<typeof useImportPlan>;
