import { useCallback, useEffect, useMemo, useState } from "react";
import { ExcelActions } from "../host/excelActions";
import { describeError, useAction } from "../shared/useAction";

/** The workbook's sheets for the picker; "" stands for the active sheet, the default. */
export function useSheetNames(actions: ExcelActions | null) {
  const describe = useMemo(() => describeError(actions), [actions]);
  const { busy, status, run } = useAction(describe);
  const [names, setNames] = useState<string[]>([]);
  const [selected, setSelected] = useState("");

  const reload = useCallback(
    () =>
      run(async () => {
        if (!actions) return null;
        const loaded = await actions.sheetNames();
        setNames(loaded);
        // A sheet deleted meanwhile falls back to the active sheet.
        setSelected((current) => (current === "" || loaded.includes(current) ? current : ""));
        return null;
      }),
    [actions, run]
  );

  useEffect(() => {
    if (actions) void reload();
  }, [actions, reload]);

  return { busy, status, names, selected, setSelected, reload };
}

export type SheetNamesState = ReturnType<typeof useSheetNames>;
