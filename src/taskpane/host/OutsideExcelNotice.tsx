import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { paneText } from "../paneText";

/** Says that the page is not running inside Excel, and what still works. */
export function OutsideExcelNotice() {
  return (
    <MessageBar intent="info">
      <MessageBarBody>{paneText.outsideExcel}</MessageBarBody>
    </MessageBar>
  );
}
