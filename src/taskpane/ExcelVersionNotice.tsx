import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { MissingFeature, missingExcelFeatures } from "./officeHost";
import { paneText } from "./paneText";

interface ExcelVersionNoticeProps {
  /** What this Excel lacks; asked of office.js when not given. */
  missing?: readonly MissingFeature[];
}

/**
 * One short note, in Excel only, when this Excel is too old for some features (Excel 2019 has ExcelApi
 * up to 1.8 and no custom functions): what is missing, and that the rest works. Nothing on a current
 * Excel.
 */
export function ExcelVersionNotice({ missing = missingExcelFeatures() }: ExcelVersionNoticeProps) {
  if (missing.length === 0) return null;
  const text = paneText.excelVersion;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{text.note(missing.map((feature) => text[feature]))}</MessageBarBody>
    </MessageBar>
  );
}
