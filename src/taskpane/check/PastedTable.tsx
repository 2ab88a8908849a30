import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { ClipboardEventHandler } from "react";
import { readDelimited } from "../../domain/delimitedText";
import { columnLetter, GridCell } from "../../domain/grid";
import { paneText } from "../paneText";

const useStyles = makeStyles({
  scroll: {
    // Room for a dozen rows, and for the buttons below it on a short pane.
    maxHeight: "min(18em, 55vh)",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    outlineStyle: "none",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  cell: {
    minWidth: "8em",
    maxWidth: "16em",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    textAlign: "left",
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
    ":first-of-type": { minWidth: "2.5em" },
  },
  bold: { fontWeight: tokens.fontWeightBold },
  italic: { fontStyle: "italic" },
  // Column letters and row numbers, as in Excel: the findings name their cells so.
  header: {
    position: "sticky",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  columnHeader: { top: 0, zIndex: 1, textAlign: "center" },
  rowHeader: { left: 0, textAlign: "right", verticalAlign: "top" },
  corner: { top: 0, left: 0, zIndex: 2 },
});

/** The rows of a table pasted as HTML, from the tab-separated text htmlTable.ts made of it. */
export function pastedRows(text: string): GridCell[][] {
  return readDelimited(text, "\t").rows;
}

/** The number of columns of the widest row. */
export const columnCount = (rows: readonly GridCell[][]) =>
  rows.reduce((widest, row) => Math.max(widest, row.length), 0);

interface PastedTableProps {
  rows: GridCell[][];
  onPaste: ClipboardEventHandler<HTMLDivElement>;
}

/**
 * A table pasted as HTML (Word, Excel, a web page), shown as a table with Excel's column letters and
 * row numbers, bold and italic as pasted. It scrolls within itself and takes the focus, to be read
 * with the keyboard; pasting over it replaces it.
 */
export const PastedTable = forwardRef<HTMLDivElement, PastedTableProps>(function PastedTable(
  { rows, onPaste },
  ref
) {
  const styles = useStyles();
  const columns = columnCount(rows);
  const header = mergeClasses(styles.header, styles.columnHeader);
  return (
    <div
      ref={ref}
      role="region"
      aria-label={paneText.check.pastedTableLabel}
      tabIndex={0}
      className={styles.scroll}
      onPaste={onPaste}
    >
      <table className={styles.table}>
        <thead>
          <tr>
            <td className={mergeClasses(header, styles.corner)} />
            {Array.from({ length: columns }, (_, column) => (
              <th key={column} scope="col" className={header}>
                {columnLetter(column + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <th scope="row" className={mergeClasses(styles.header, styles.rowHeader)}>
                {index + 1}
              </th>
              {Array.from({ length: columns }, (_, column) => {
                const cell = row[column];
                return (
                  <td
                    key={column}
                    className={mergeClasses(
                      styles.cell,
                      cell?.bold && styles.bold,
                      cell?.italic && styles.italic
                    )}
                  >
                    {cell?.value ?? ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
