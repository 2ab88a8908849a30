import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The pane's lists (findings, imported rows, unused lines, sources, overdue tasks): no bullets and no
 * indent, their items in a column a little apart; `spaced` and `close` for more or less room.
 */
export const useListStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  spaced: { gap: tokens.spacingVerticalS },
  close: { gap: tokens.spacingVerticalXXS },
});
