import {
  Button,
  Field,
  Input,
  makeStyles,
  Spinner,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { OutsideExcelNotice } from "../host/OutsideExcelNotice";
import { paneText } from "../paneText";
import { defaultTitle, PlanField, signingYearShown } from "./planForm";
import { RebuildPreview } from "./RebuildPreview";
import { ImportPlanPanel } from "./ImportPlanPanel";
import { StatusBar } from "../shared/StatusBar";
import { NewAppendixState } from "./useNewAppendix";
import { useFieldStyles } from "../shared/fieldStyles";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  dateGroup: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  date: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.4fr)",
    gap: tokens.spacingHorizontalS,
  },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface NewAppendixPanelProps {
  inExcel: boolean;
  creator: NewAppendixState;
}

const text = paneText.create;
/** The fields that hold only digits: a phone's keyboard shows digits for them. */
const NUMERIC: ReadonlySet<PlanField> = new Set(["year", "day", "month", "signedYear"]);

/**
 * "Lập phụ lục": the plan's year and title, the reference line (number, signing date, issuer), then a
 * blank table written at once, or the open sheet's table redone after a preview the officer confirms,
 * or the tasks of a plan's text (Nhập từ Kế hoạch) corrected in the pane, then written.
 */
export function NewAppendixPanel({ inExcel, creator }: NewAppendixPanelProps) {
  const styles = useStyles();
  const fields = useFieldStyles();
  const activeHintId = useId("from-active-hint");
  const dateLabelId = useId("signing-date");
  const dateHintId = useId("signing-date-hint");
  // Outside Excel the actions are disabled; while one runs they keep the focus but do nothing.
  const disabled = !inExcel;
  const waiting = creator.busy;
  const { values, errors } = creator;
  const field = (
    name: PlanField,
    label: string,
    extra: { hint?: string; placeholder?: string } = {}
  ) => (
    <Field
      className={fields.field}
      label={label}
      hint={extra.hint}
      validationMessage={errors[name]}
      validationState={errors[name] ? "error" : "none"}
    >
      <Input
        className={fields.input}
        value={values[name]}
        placeholder={extra.placeholder}
        disabled={!inExcel}
        inputMode={NUMERIC.has(name) ? "numeric" : undefined}
        onChange={(_, data) => creator.setValue(name, data.value)}
      />
    </Field>
  );
  return (
    <form
      className={styles.panel}
      noValidate
      // Enter in a field does not write anything: only the two buttons do.
      onSubmit={(event) => event.preventDefault()}
    >
      {inExcel ? (
        <Text block as="p">
          {text.intro}
        </Text>
      ) : (
        <OutsideExcelNotice />
      )}
      {!inExcel && (
        <Text block as="p">
          {text.outside}
        </Text>
      )}
      {inExcel && (
        <Text block as="p" size={200}>
          {text.emptyFields}
        </Text>
      )}
      {field("year", text.year, { hint: text.yearHint })}
      {field("title", text.title, {
        hint: text.titleHint(defaultTitle(values.year.trim() || String(new Date().getFullYear()))),
      })}
      {field("planNumber", text.planNumber, { hint: text.planNumberHint })}
      <div
        className={styles.dateGroup}
        role="group"
        aria-labelledby={dateLabelId}
        aria-describedby={dateHintId}
      >
        <Text id={dateLabelId} weight="semibold">
          {text.signingDate}
        </Text>
        <div className={styles.date}>
          {field("day", text.day)}
          {field("month", text.month)}
          {field("signedYear", text.signedYear, {
            placeholder: signingYearShown(values) ?? undefined,
          })}
        </div>
        <Text id={dateHintId} block size={200}>
          {text.signingDateHint}
        </Text>
      </div>
      {field("issuer", text.issuer, { placeholder: text.issuerPlaceholder })}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={disabled}
          disabledFocusable={!disabled && waiting}
          onClick={() => void creator.createBlank()}
        >
          {text.blank}
        </Button>
        <Button
          disabled={disabled}
          disabledFocusable={!disabled && waiting}
          aria-describedby={activeHintId}
          onClick={() => void creator.previewActive()}
        >
          {text.fromActive}
        </Button>
        <Text block id={activeHintId} size={200}>
          {text.fromActiveHint}
        </Text>
      </div>
      {creator.preview !== null && (
        <RebuildPreview
          preview={creator.preview}
          busy={waiting}
          onConfirm={() => void creator.confirm()}
          onCancel={creator.cancel}
        />
      )}
      <ImportPlanPanel importer={creator.importer} inExcel={inExcel} busy={waiting} />
      {creator.busy && !creator.importer.readingNow && <Spinner size="tiny" label={text.working} />}
      <StatusBar status={creator.status} />
    </form>
  );
}
