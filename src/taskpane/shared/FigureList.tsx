import { makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import { Fragment } from "react";

const useStyles = makeStyles({
  figures: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  // One line a figure: the label whole on the left, the figure on the right, wrapping (between the
  // pieces of a figure) only when the pane is too narrow for both.
  pair: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalM },
  label: { margin: 0, whiteSpace: "nowrap" },
  // A figure that is a part of the one above it ("Trong đó trễ hạn"): set in under it.
  part: { paddingLeft: tokens.spacingHorizontalL },
  value: {
    margin: 0,
    flex: "1 1 0",
    minWidth: 0,
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
  piece: { whiteSpace: "nowrap" },
});

export interface FigureLine {
  label: string;
  /** The figure, in pieces kept whole (an amount, then its share); a null piece is left out. */
  value: readonly (string | null)[];
  /** A part of the line above it. */
  part?: boolean;
}

/** Figures under a title, as label and figure, one line each: the pane's report and summary. */
export function FigureList({ title, lines }: { title: string; lines: readonly FigureLine[] }) {
  const styles = useStyles();
  const titleId = useId("figures");
  return (
    <section aria-labelledby={titleId}>
      <Text id={titleId} block weight="semibold">
        {title}
      </Text>
      <dl className={styles.figures}>
        {lines.map((line) => (
          <div key={line.label} className={styles.pair}>
            <dt className={mergeClasses(styles.label, line.part && styles.part)}>{line.label}</dt>
            <dd className={styles.value}>
              {line.value
                .filter((piece) => piece !== null)
                .map((piece, index) => (
                  <Fragment key={piece}>
                    {index > 0 && " "}
                    <span className={styles.piece}>{piece}</span>
                  </Fragment>
                ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
