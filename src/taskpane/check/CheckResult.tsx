import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { Finding } from "../../domain/finding";
import { FindingList } from "./FindingList";
import { paneText } from "../paneText";
import { CheckedTable } from "./useCheck";

const useStyles = makeStyles({
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

interface CheckResultProps {
  checked: CheckedTable;
  onSelect?: Dispatch<Finding>;
}

/** What the last check found, or why the table is not an appendix. */
export function CheckResult({ checked, onSelect }: CheckResultProps) {
  const styles = useStyles();
  const { outcome, sheetName } = checked;
  return (
    <section className={styles.result}>
      <Text block as="h2" size={400} weight="semibold" className={styles.heading}>
        {sheetName === null ? paneText.check.checkedText : paneText.check.checkedSheet(sheetName)}
      </Text>
      {outcome.kind === "no-appendix" ? (
        <MessageBar intent="warning">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      ) : (
        <FindingList findings={outcome.findings} onSelect={onSelect} />
      )}
    </section>
  );
}
