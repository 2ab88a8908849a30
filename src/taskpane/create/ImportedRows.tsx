import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { EditableField, EditableRow } from "./editableRows";
import { ImportedRowItem } from "./ImportedRowItem";
import { importText as text } from "./importText";
import { useListStyles } from "../shared/listStyles";

const useStyles = makeStyles({
  // The columns' names over the rows, as the appendix's header.
  header: {
    display: "grid",
    gridTemplateColumns: "3.5em minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface ImportedRowsProps {
  rows: readonly EditableRow[];
  onEdit: (key: number, field: EditableField, value: string) => void;
  onRemove: (key: number) => void;
}

/** The rows read from the plan, in its order: each section, then the tasks under it. */
export function ImportedRows({ rows, onEdit, onRemove }: ImportedRowsProps) {
  const styles = useStyles();
  const lists = useListStyles();
  return (
    <div>
      <div className={styles.header} aria-hidden>
        <span>{text.numberColumn}</span>
        <span>{text.taskColumn}</span>
      </div>
      <ul className={mergeClasses(lists.list, lists.close)} aria-label={text.rowsLabel}>
        {rows.map((row) => (
          <li key={row.key}>
            <ImportedRowItem row={row} onEdit={onEdit} onRemove={onRemove} />
          </li>
        ))}
      </ul>
    </div>
  );
}
