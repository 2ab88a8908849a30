import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { PERIOD_IDS, PeriodId } from "../../domain/report/periods";
import { SheetNamesState } from "../check/useSheetNames";
import { StatusBar } from "../shared/StatusBar";
import { MIN_SHEETS } from "./consolidateForm";
import { ConsolidateOutcome } from "./ConsolidateOutcome";
import { consolidateText as text } from "./consolidateText";
import { SheetChecklist } from "./SheetChecklist";
import { ConsolidateState } from "./useConsolidate";
import { useFieldStyles } from "../shared/fieldStyles";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  run: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface ConsolidateSectionProps {
  sheets: SheetNamesState;
  state: ConsolidateState;
}

/**
 * "Tổng hợp": the workbook's sheets to tick, an optional period and year, then "Tổng hợp", which
 * writes a new summary sheet; what it read of each sheet is listed below.
 */
export function ConsolidateSection({ sheets, state }: ConsolidateSectionProps) {
  const styles = useStyles();
  const fields = useFieldStyles();
  const headingId = useId("consolidate");
  const hintId = useId("consolidate-hint");
  const { busy, chosen, values, yearError } = state;
  const enough = chosen.size >= MIN_SHEETS;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text id={headingId} block weight="semibold" size={400}>
        {text.heading}
      </Text>
      <Text block as="p">
        {text.intro}
      </Text>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{text.thisWorkbookOnly}</MessageBarBody>
      </MessageBar>
      <form
        className={styles.section}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (enough) void state.consolidate();
        }}
      >
        <SheetChecklist
          names={sheets.names}
          chosen={chosen}
          onToggle={state.toggle}
          disabled={busy}
        />
        <div className={fields.pair}>
          <Field className={fields.field} label={text.period}>
            <Select
              value={values.period}
              onChange={(_, data) => state.setValue("period", data.value as PeriodId | "")}
            >
              <option value="">{text.noPeriod}</option>
              {PERIOD_IDS.map((id) => (
                <option key={id} value={id}>
                  {text.periods[id]}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            className={fields.field}
            label={text.year}
            validationMessage={yearError}
            validationState={yearError ? "error" : "none"}
          >
            <Input
              className={fields.input}
              value={values.year}
              placeholder={text.yearPlaceholder}
              inputMode="numeric"
              // The year only dates a period's window.
              disabled={values.period === ""}
              onChange={(_, data) => state.setValue("year", data.value)}
            />
          </Field>
        </div>
        <div className={styles.run}>
          <Button
            type="submit"
            appearance="primary"
            disabledFocusable={busy || !enough}
            aria-describedby={hintId}
          >
            {text.run}
          </Button>
          {busy ? (
            <Spinner size="tiny" label={text.working} />
          ) : (
            <Text id={hintId} size={200} className={styles.hint}>
              {enough ? text.chosen(chosen.size) : text.chooseTwo}
            </Text>
          )}
        </div>
      </form>
      <StatusBar status={state.status} />
      {state.result && <ConsolidateOutcome result={state.result} />}
    </section>
  );
}
