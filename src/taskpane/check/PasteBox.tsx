import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { ClipboardEvent, Dispatch } from "react";
import { tableHtmlToText } from "./htmlTable";
import { paneText } from "../paneText";
import { columnCount, PastedTable, pastedRows } from "./PastedTable";

const useStyles = makeStyles({
  hidden: { display: "none" },
  tableActions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    // Close under the table they act on.
    marginTop: `calc(${tokens.spacingVerticalS} - ${tokens.spacingVerticalM})`,
  },
});

interface PasteBoxProps {
  value: string;
  /** The value is a table converted from pasted HTML: shown as a table, not as its text. */
  asTable: boolean;
  onChange: Dispatch<string>;
  onPasteTable: Dispatch<string>;
  onEditText: () => void;
  onCheck: () => void;
  busy: boolean;
}

/** The clipboard's table as tab-separated text keeping bold and italic; null when it holds none. */
function pastedTable(event: ClipboardEvent): string | null {
  const html = event.clipboardData?.getData("text/html") ?? "";
  return html === "" ? null : tableHtmlToText(html);
}

/**
 * Outside Excel: a box to paste a table into. Text from Excel arrives tab-separated, the lines of a
 * .csv comma-separated. A table that arrives as HTML too (Word, Excel, a web page) is shown as a
 * table and checked from its HTML, keeping bold and italic; its text stays in the box, hidden, for
 * "Sửa dạng văn bản".
 */
export function PasteBox({
  value,
  asTable,
  onChange,
  onPasteTable,
  onEditText,
  onCheck,
  busy,
}: PasteBoxProps) {
  const styles = useStyles();
  const box = useRef<HTMLTextAreaElement>(null);
  const table = useRef<HTMLDivElement>(null);
  // Where the focus goes once the box or the table is shown: the box, hidden, would drop it.
  const [focus, setFocus] = useState<"box" | "table" | null>(null);
  useEffect(() => {
    if (focus === null) return;
    (focus === "box" ? box : table).current?.focus();
    setFocus(null);
  }, [focus]);

  const onPasteInBox = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = pastedTable(event);
    if (text === null) return;
    event.preventDefault();
    const { selectionStart, selectionEnd } = event.currentTarget;
    onPasteTable(value.slice(0, selectionStart) + text + value.slice(selectionEnd));
    setFocus("table");
  };
  // Pasting over the table shown replaces it, with a table or with text.
  const onPasteOverTable = (event: ClipboardEvent<HTMLDivElement>) => {
    event.preventDefault();
    const text = pastedTable(event);
    if (text !== null) {
      onPasteTable(text);
      return;
    }
    onChange(event.clipboardData?.getData("text/plain") ?? "");
    setFocus("box");
  };
  const rows = useMemo(() => (asTable ? pastedRows(value) : null), [asTable, value]);
  return (
    <>
      <Field
        label={paneText.check.pasteLabel}
        hint={
          rows
            ? paneText.check.pastedTableHint(rows.length, columnCount(rows))
            : paneText.check.pasteHint
        }
      >
        <Textarea
          ref={box}
          className={asTable ? styles.hidden : undefined}
          value={value}
          onChange={(_, data) => onChange(data.value)}
          onPaste={onPasteInBox}
          resize="vertical"
          rows={8}
          spellCheck={false}
        />
      </Field>
      {rows && (
        <>
          <PastedTable ref={table} rows={rows} onPaste={onPasteOverTable} />
          <div className={styles.tableActions}>
            <Button
              size="small"
              onClick={() => {
                onEditText();
                setFocus("box");
              }}
            >
              {paneText.check.editPastedText}
            </Button>
            <Button
              size="small"
              onClick={() => {
                onChange("");
                setFocus("box");
              }}
            >
              {paneText.check.pasteAnother}
            </Button>
          </div>
        </>
      )}
      <Button appearance="primary" onClick={onCheck} disabledFocusable={busy}>
        {paneText.check.run}
      </Button>
    </>
  );
}
