import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Status } from "./useAction";

/** A status or an error, in a Fluent MessageBar; errors are announced at once. */
export function StatusBar({ status }: { status: Status | null }) {
  if (!status) return null;
  return (
    <MessageBar
      intent={status.intent}
      politeness={status.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
