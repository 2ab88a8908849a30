import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { UnusedLine } from "../../domain/planText/planImport";
import { importText as text } from "./importText";
import { useListStyles } from "../shared/listStyles";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  item: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  line: { color: tokens.colorNeutralForeground2 },
  header: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

/**
 * The lines of the plan not put in the table, closed at first: the officer sees that nothing was
 * dropped without a word, and finds a task the reader missed.
 */
export function UnusedLines({ lines }: { lines: readonly UnusedLine[] }) {
  const styles = useStyles();
  const lists = useListStyles();
  if (lines.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="unused">
        <AccordionHeader className={styles.header} size="small">
          {text.unused(lines.length)}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text size={200}>{text.unusedHint}</Text>
          <ul className={lists.list} aria-label={text.unused(lines.length)}>
            {lines.map((line) => (
              <li key={line.line} className={styles.item}>
                <span className={styles.line}>{text.lineNumber(line.line)}</span> {line.text}
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
