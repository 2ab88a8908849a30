import { Button, Field, Textarea } from "@fluentui/react-components";
import type { ClipboardEvent, Dispatch } from "react";
import { tableHtmlToText } from "./htmlTable";
import { paneText } from "../paneText";

interface PasteBoxProps {
  value: string;
  onChange: Dispatch<string>;
  onCheck: () => void;
  busy: boolean;
}

/**
 * Outside Excel: a box to paste a table into. Text from Excel arrives tab-separated; a table from Word
 * arrives as HTML too, which becomes tab-separated text keeping bold and italic.
 */
export function PasteBox({ value, onChange, onCheck, busy }: PasteBoxProps) {
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData?.getData("text/html") ?? "";
    const table = html === "" ? null : tableHtmlToText(html);
    if (table === null) return;
    event.preventDefault();
    const { selectionStart, selectionEnd } = event.currentTarget;
    onChange(value.slice(0, selectionStart) + table + value.slice(selectionEnd));
  };
  return (
    <>
      <Field label={paneText.check.pasteLabel} hint={paneText.check.pasteHint}>
        <Textarea
          value={value}
          onChange={(_, data) => onChange(data.value)}
          onPaste={onPaste}
          resize="vertical"
          rows={8}
          spellCheck={false}
        />
      </Field>
      <Button appearance="primary" onClick={onCheck} disabledFocusable={busy}>
        {paneText.check.run}
      </Button>
    </>
  );
}
