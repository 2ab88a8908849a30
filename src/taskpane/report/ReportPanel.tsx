import {
  Button,
  Divider,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { PERIOD_IDS } from "../../domain/report/periods";
import { SheetPicker } from "../check/SheetPicker";
import { SheetNamesState } from "../check/useSheetNames";
import { ExcelActions } from "../host/excelActions";
import { OutsideExcelNotice } from "../host/OutsideExcelNotice";
import { StatusBar } from "../shared/StatusBar";
import { AddTrackingColumns } from "../tracking/AddTrackingColumns";
import { ConsolidateSection } from "./ConsolidateSection";
import { ConsolidateState } from "./useConsolidate";
import { consolidateText } from "./consolidateText";
import { ReportFormValues } from "./reportForm";
import { ReportOutcome } from "./ReportOutcome";
import { reportPaneText as text } from "./reportPaneText";
import { ReportState } from "./useReport";
import { useFieldStyles } from "../shared/fieldStyles";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  run: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  tracking: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface ReportPanelProps {
  /** The Excel actions; null outside Excel, where no report can be made. */
  actions: ExcelActions | null;
  report: ReportState;
  consolidation: ConsolidateState;
  sheets: SheetNamesState;
}

/**
 * "Báo cáo": the appendix's sheet, the period, the plan's year, the as-of day and the header block's
 * issuer and place, then "Lập báo cáo" and what it wrote; below, the tracking columns the report
 * reads its figures from; last, "Tổng hợp" of several units' sheets.
 */
export function ReportPanel({ actions, report, consolidation, sheets }: ReportPanelProps) {
  const styles = useStyles();
  const fields = useFieldStyles();
  const trackingId = useId("report-tracking");
  if (actions === null)
    return (
      <div className={styles.panel}>
        <OutsideExcelNotice />
        <Text block as="p">
          {text.outside}
        </Text>
        <Text block as="p">
          {consolidateText.outside}
        </Text>
      </div>
    );

  const { values, errors, busy } = report;
  const textField = (
    name: "year" | "asOf" | "issuer" | "place",
    label: string,
    extra: { hint?: string; placeholder?: string; numeric?: boolean } = {}
  ) => {
    const error = name === "year" || name === "asOf" ? errors[name] : undefined;
    return (
      <Field
        className={fields.field}
        label={label}
        hint={extra.hint}
        validationMessage={error}
        validationState={error ? "error" : "none"}
      >
        <Input
          className={fields.input}
          value={values[name]}
          placeholder={extra.placeholder}
          inputMode={extra.numeric ? "numeric" : undefined}
          onChange={(_, data) => report.setValue(name, data.value)}
        />
      </Field>
    );
  };

  return (
    <div className={styles.panel}>
      <form
        className={styles.panel}
        noValidate
        // Enter in a field makes the report, as the button does.
        onSubmit={(event) => {
          event.preventDefault();
          void report.makeReport(sheets.selected);
        }}
      >
        <Text block as="p">
          {text.intro}
        </Text>
        <SheetPicker
          names={sheets.names}
          selected={sheets.selected}
          onSelect={sheets.setSelected}
          onReload={() => void sheets.reload()}
          busy={sheets.busy || busy}
        />
        <div className={fields.pair}>
          <Field className={fields.field} label={text.period}>
            <Select
              value={values.period}
              onChange={(_, data) =>
                report.setValue("period", data.value as ReportFormValues["period"])
              }
            >
              {PERIOD_IDS.map((id) => (
                <option key={id} value={id}>
                  {text.periods[id]}
                </option>
              ))}
            </Select>
          </Field>
          {textField("year", text.year, { placeholder: text.yearPlaceholder, numeric: true })}
        </div>
        {textField("asOf", text.asOf, { hint: text.asOfHint })}
        {textField("issuer", text.issuer, { placeholder: text.fromSettings })}
        {textField("place", text.place, { placeholder: text.fromSettings })}
        <div className={styles.run}>
          <Button type="submit" appearance="primary" disabledFocusable={busy}>
            {text.run}
          </Button>
          {busy && <Spinner size="tiny" label={text.working} />}
        </div>
      </form>
      {sheets.status && <StatusBar status={sheets.status} />}
      <StatusBar status={report.status} />
      {report.outcome && <ReportOutcome outcome={report.outcome} />}
      <Divider />
      <section className={styles.tracking} aria-labelledby={trackingId}>
        <Text id={trackingId} block weight="semibold" size={400}>
          {text.tracking}
        </Text>
        <Text block as="p">
          {text.trackingNote}
        </Text>
        <AddTrackingColumns actions={actions} sheetName={sheets.selected || undefined} />
      </section>
      <Divider />
      <ConsolidateSection sheets={sheets} state={consolidation} />
    </div>
  );
}
