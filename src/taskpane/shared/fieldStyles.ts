import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's form fields: each as wide as its place, never wider; two side by side in a `pair`. */
export const useFieldStyles = makeStyles({
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    // A message under one field leaves the other where it is.
    alignItems: "start",
  },
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});
