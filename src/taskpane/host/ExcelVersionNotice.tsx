import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { MissingFeature } from "./officeHost";
import { paneText } from "../paneText";

interface ExcelVersionNoticeProps {
  /** What this Excel lacks, as the host said when the pane started (officeHost's startOffice). */
  missing: readonly MissingFeature[];
}

/**
 * One short note, in Excel only, when this Excel is too old for some features (Excel 2019 has ExcelApi
 * up to 1.8 and no custom functions): what is missing, and that the rest works. Nothing on a current
 * Excel.
 */
export function ExcelVersionNotice({ missing }: ExcelVersionNoticeProps) {
  if (missing.length === 0) return null;
  const text = paneText.excelVersion;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{text.note(missing.map((feature) => text[feature]))}</MessageBarBody>
    </MessageBar>
  );
}
