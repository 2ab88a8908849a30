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
import { defaultTitle, PlanField } from "./planForm";
import { StatusBar } from "../shared/StatusBar";
import { NewAppendixState } from "./useNewAppendix";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  date: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.4fr)",
    gap: tokens.spacingHorizontalS,
  },
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface NewAppendixPanelProps {
  inExcel: boolean;
  creator: NewAppendixState;
}

const text = paneText.create;

/** "Lập phụ lục": the plan reference and title, then a blank table or the open sheet's table redone. */
export function NewAppendixPanel({ inExcel, creator }: NewAppendixPanelProps) {
  const styles = useStyles();
  const activeHintId = useId("from-active-hint");
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
      className={styles.field}
      label={label}
      hint={extra.hint}
      validationMessage={errors[name]}
      validationState={errors[name] ? "error" : "none"}
    >
      <Input
        className={styles.input}
        value={values[name]}
        placeholder={extra.placeholder}
        disabled={!inExcel}
        inputMode={name === "day" || name === "month" || name === "year" ? "numeric" : undefined}
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
      {field("planNumber", text.planNumber, { hint: text.planNumberHint })}
      <div className={styles.date}>
        {field("day", text.day)}
        {field("month", text.month)}
        {field("year", text.year)}
      </div>
      {field("issuer", text.issuer, { placeholder: text.issuerPlaceholder })}
      {field("title", text.title, {
        hint: text.titleHint(defaultTitle(values.year.trim() || "…")),
      })}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={disabled}
          disabledFocusable={!disabled && waiting}
          onClick={() => void creator.create("blank")}
        >
          {text.blank}
        </Button>
        <Button
          disabled={disabled}
          disabledFocusable={!disabled && waiting}
          aria-describedby={activeHintId}
          onClick={() => void creator.create("active")}
        >
          {text.fromActive}
        </Button>
        <Text block id={activeHintId} size={200}>
          {text.fromActiveHint}
        </Text>
      </div>
      {creator.busy && <Spinner size="tiny" label={text.working} />}
      <StatusBar status={creator.status} />
    </form>
  );
}
