import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import type { Dispatch } from "react";
import { Finding, SEVERITIES } from "../../domain/finding";
import { severityTitles } from "../../domain/messages";
import { countOf } from "../../usecases/checkSheet";
import { groupIdentical } from "./findingGroups";
import { FindingItem } from "./FindingItem";
import { paneText } from "../paneText";
import { useListStyles } from "../shared/listStyles";

const useStyles = makeStyles({
  line: { margin: 0 },
});

interface FindingListProps {
  findings: Finding[];
  onSelect?: Dispatch<Finding>;
}

/**
 * The findings grouped by severity (Lỗi, Cảnh báo, Ghi chú) with their counts; notes start folded.
 * Identical findings are one entry listing their rows. Tab, or the up and down arrows, move from one
 * finding to the next.
 */
export function FindingList({ findings, onSelect }: FindingListProps) {
  const styles = useStyles();
  const lists = useListStyles();
  const arrows = useArrowNavigationGroup({
    axis: "vertical",
    tabbable: true,
    memorizeCurrent: false,
  });
  const errors = countOf(findings, "error");
  const warnings = countOf(findings, "warning");
  const infos = countOf(findings, "info");
  const groups = SEVERITIES.map((severity) => ({
    severity,
    items: findings.filter((finding) => finding.severity === severity),
  }))
    .filter((group) => group.items.length > 0)
    .map((group) => ({ ...group, entries: groupIdentical(group.items) }));
  return (
    <>
      <Text block as="p" weight="semibold" role="status" className={styles.line}>
        {paneText.findings.summary(errors, warnings, infos)}
      </Text>
      {errors + warnings === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{paneText.findings.clean}</MessageBarBody>
        </MessageBar>
      )}
      {onSelect && groups.length > 0 && (
        <Text block as="p" size={200} className={styles.line}>
          {paneText.findings.selectHint}
        </Text>
      )}
      <Accordion multiple collapsible defaultOpenItems={["error", "warning"]}>
        {groups.map(({ severity, items, entries }) => (
          <AccordionItem key={severity} value={severity}>
            <AccordionHeader as="h3">
              {paneText.findings.group(severityTitles[severity], items.length)}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={lists.list} aria-label={severityTitles[severity]} {...arrows}>
                {entries.map((entry, index) => (
                  <li key={`${entry[0].cell}-${entry[0].rule}-${index}`}>
                    <FindingItem findings={entry} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}
