import { createRoot } from "react-dom/client";
import { App } from "../../../../src/taskpane/App";
import { fakeExcelActions } from "./fakeExcelActions";

/*
 * The task pane as Excel shows it, for the browser tests: the real App, with the Excel actions stood in
 * for (./fakeExcelActions) in place of office.js and the Office.js adapter, which need Excel.
 */
const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from taskpane.html");
createRoot(container).render(<App actions={fakeExcelActions()} />);
