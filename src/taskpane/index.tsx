import { createRoot } from "react-dom/client";
import { App } from "./App";
import { liveExcelActions } from "./host/liveExcelActions";
import { OUTSIDE_EXCEL, PaneHost, startOffice } from "./host/officeHost";

/**
 * The pane starts once Office.onReady resolved, or at once when office.js is absent. No alert or
 * confirm anywhere: office.js replaces them with functions that throw.
 */
async function main() {
  const container = document.getElementById("root");
  if (!container) throw new Error("#root is missing from taskpane.html");
  let host: PaneHost;
  try {
    host = await startOffice();
  } catch (error) {
    // Office.onReady failed: the pane still works on pasted tables.
    console.error(error);
    host = OUTSIDE_EXCEL;
  }
  createRoot(container).render(
    <App
      actions={host.inExcel ? liveExcelActions() : null}
      dark={host.dark}
      missing={host.missing}
    />
  );
}

main().catch((error) => console.error(error));
