import {
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { CheckPanel } from "./check/CheckPanel";
import { ExcelActions } from "./host/excelActions";
import { ExcelVersionNotice } from "./host/ExcelVersionNotice";
import { MissingFeature } from "./host/officeHost";
import { FixesPanel } from "./fixes/FixesPanel";
import { NewAppendixPanel } from "./create/NewAppendixPanel";
import { PaneErrorBoundary } from "./shared/PaneErrorBoundary";
import { paneText } from "./paneText";
import { useCheck } from "./check/useCheck";
import { useFixes } from "./fixes/useFixes";
import { useNewAppendix } from "./create/useNewAppendix";
import { ReportPanel } from "./report/ReportPanel";
import { useReport } from "./report/useReport";
import { useConsolidate } from "./report/useConsolidate";
import { useSheetNames } from "./check/useSheetNames";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  panel: { display: "flex", flexDirection: "column" },
  // Four tabs in one row at 320 px (Excel on Windows): small tabs, across the pane's padding; a pane
  // narrower still (or a wider font) puts the last ones on a second row rather than scroll sideways.
  tabs: {
    flexWrap: "wrap",
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
  },
});

type TabName = "check" | "fixes" | "create" | "report";
const TABS: TabName[] = ["check", "fixes", "create", "report"];

export interface AppProps {
  /** The Excel actions inside Excel; null outside it (a plain browser, or office.js not loaded). */
  actions: ExcelActions | null;
  dark?: boolean;
  /** What this Excel lacks, from the host (officeHost's startOffice); nothing when not given. */
  missing?: readonly MissingFeature[];
}

/** The task pane: Kiểm tra, Sửa, Lập phụ lục, Báo cáo. */
export function App({ actions, dark = false, missing = [] }: AppProps) {
  const styles = useStyles();
  const inExcel = actions !== null;
  const [tab, setTab] = useState<TabName>("check");
  const check = useCheck(actions);
  const sheets = useSheetNames(actions);
  const fixes = useFixes(actions, check);
  const creator = useNewAppendix(actions, () => void sheets.reload());
  const report = useReport(actions, (appendixSheet) => {
    // A report's sheet is the active one now: the next report or check stays on the appendix.
    sheets.setSelected(appendixSheet);
    void sheets.reload();
  });
  // The summary sheet is new: the lists of sheets take it in.
  const consolidation = useConsolidate(actions, sheets.names, () => void sheets.reload());
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        {inExcel && <ExcelVersionNotice missing={missing} />}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabName)}
          aria-label={paneText.tabs.label}
        >
          {TABS.map((name) => (
            <Tab
              key={name}
              id={`tab-${name}`}
              value={name}
              aria-controls={name === tab ? `panel-${name}` : undefined}
            >
              {paneText.tabs[name]}
            </Tab>
          ))}
        </TabList>
        <div
          id={`panel-${tab}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab}`}
          className={styles.panel}
        >
          <PaneErrorBoundary key={tab}>
            {tab === "check" && (
              <CheckPanel inExcel={inExcel} check={check} sheets={sheets} actions={actions} />
            )}
            {tab === "fixes" && (
              <FixesPanel inExcel={inExcel} checked={check.checked} fixes={fixes} />
            )}
            {tab === "create" && <NewAppendixPanel inExcel={inExcel} creator={creator} />}
            {tab === "report" && (
              <ReportPanel
                actions={actions}
                report={report}
                consolidation={consolidation}
                sheets={sheets}
              />
            )}
          </PaneErrorBoundary>
        </div>
      </main>
    </FluentProvider>
  );
}
