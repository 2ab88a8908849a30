import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Fix } from "../../domain/fixes/fix";
import { paneText } from "../paneText";

const useStyles = makeStyles({
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  button: { flexShrink: 0, whiteSpace: "nowrap" },
});

interface FixProposalProps {
  fix: Fix;
  open: boolean;
  /** The id of the preview the button opens. */
  previewId: string;
  onToggle: () => void;
}

/** A proposed fix by its title, with the button that opens its preview. */
export function FixProposal({ fix, open, previewId, onToggle }: FixProposalProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Text>{fix.title}</Text>
      <Button
        aria-expanded={open}
        aria-controls={open ? previewId : undefined}
        className={styles.button}
        appearance={open ? "secondary" : "outline"}
        onClick={onToggle}
        aria-label={`${open ? paneText.fixes.hidePreview : paneText.fixes.preview}: ${fix.title}`}
      >
        {open ? paneText.fixes.hidePreview : paneText.fixes.preview}
      </Button>
    </div>
  );
}
