import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Textarea,
  tokens,
  useId,
} from "@fluentui/react-components";
import { Fragment, useState } from "react";
import { EditableField, EditableRow, typedAmount } from "./editableRows";
import { importText as text } from "./importText";
import { rowName } from "./useImportPlan";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    minWidth: 0,
  },
  // A section stands out as the heading of the tasks under it.
  section: {
    marginTop: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  task: {
    marginLeft: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: "grid",
    gridTemplateColumns: "3.5em minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXS,
    alignItems: "start",
  },
  number: { minWidth: 0, width: "100%" },
  name: { minWidth: 0, width: "100%" },
  // The task's name shows whole: the box grows with its text where the browser can size it so.
  nameText: { fieldSizing: "content", minHeight: "2.25em" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  summary: {
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    minWidth: 0,
    maxWidth: "100%",
    height: "auto",
    paddingLeft: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  summaryText: { color: tokens.colorNeutralForeground2 },
  chevron: { display: "inline-block", width: "1.1em" },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS}`,
  },
  remove: { alignSelf: "flex-start" },
});

interface ImportedRowItemProps {
  row: EditableRow;
  onEdit: (key: number, field: EditableField, value: string) => void;
  onRemove: (key: number) => void;
}

const DETAILS: { field: EditableField; label: string }[] = [
  { field: "lead", label: text.lead },
  { field: "partners", label: text.partners },
  { field: "product", label: text.product },
  { field: "schedule", label: text.schedule },
  { field: "amount", label: text.amount },
];

/**
 * One row read from the plan, compact for a 320 px pane: its TT and name to edit, and a line saying who
 * leads it, when and at what cost, which opens the other fields (and "Bỏ dòng này").
 */
export function ImportedRowItem({ row, onEdit, onRemove }: ImportedRowItemProps) {
  const styles = useStyles();
  const detailsId = useId("row-details");
  const [open, setOpen] = useState(false);
  const amount = typedAmount(row.amount);
  // What the closed row says; what is missing or wrong is said in another colour.
  const summary: { text: string; warn: boolean }[] = [];
  if (row.lead.trim() !== "") summary.push({ text: row.lead, warn: false });
  else if (!row.section) summary.push({ text: text.noLead, warn: true });
  if (row.schedule.trim() !== "") summary.push({ text: row.schedule, warn: false });
  if (typeof amount === "number") summary.push({ text: text.amountShown(amount), warn: false });
  if (amount === undefined) summary.push({ text: text.amountUnreadable, warn: true });
  return (
    <div
      role="group"
      aria-label={rowName(row)}
      className={mergeClasses(styles.row, row.section ? styles.section : styles.task)}
    >
      <div className={styles.line}>
        <Input
          className={mergeClasses(styles.number, row.section && styles.strong)}
          aria-label={text.number}
          value={row.number}
          onChange={(_, data) => onEdit(row.key, "number", data.value)}
        />
        <Textarea
          className={styles.name}
          textarea={{ className: mergeClasses(styles.nameText, row.section && styles.strong) }}
          aria-label={row.section ? text.section : text.task}
          value={row.task}
          resize="vertical"
          rows={1}
          onChange={(_, data) => onEdit(row.key, "task", data.value)}
        />
      </div>
      <Button
        className={styles.summary}
        appearance="transparent"
        size="small"
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span className={styles.summaryText}>
          <span aria-hidden className={styles.chevron}>
            {open ? "▾" : "▸"}
          </span>
          {open
            ? text.hideDetails
            : summary.length === 0
              ? text.details
              : summary.map((part, index) => (
                  <Fragment key={index}>
                    {index > 0 && " · "}
                    <span className={part.warn ? styles.missing : undefined}>{part.text}</span>
                  </Fragment>
                ))}
        </span>
      </Button>
      {open && (
        <div id={detailsId} className={styles.details}>
          {DETAILS.map(({ field, label }) => (
            <Field
              key={field}
              label={label}
              size="small"
              validationMessage={
                field === "amount" && amount === undefined ? text.amountInvalid : undefined
              }
              validationState={field === "amount" && amount === undefined ? "error" : "none"}
            >
              <Input
                size="small"
                value={row[field]}
                inputMode={field === "amount" ? "decimal" : undefined}
                onChange={(_, data) => onEdit(row.key, field, data.value)}
              />
            </Field>
          ))}
          <Button
            className={styles.remove}
            size="small"
            appearance="subtle"
            onClick={() => onRemove(row.key)}
          >
            {text.remove}
          </Button>
        </div>
      )}
    </div>
  );
}
