import { FormatKey, FormatValue } from "./styleRanges";

const HORIZONTAL: Record<string, Excel.HorizontalAlignment | "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};
const VERTICAL: Record<string, Excel.VerticalAlignment | "Top" | "Center" | "Bottom"> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};
type BorderName =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
const EDGES: readonly BorderName[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

/**
 * Queues the formats on the range. `rows` and `columns` say how big the range is: inside borders are
 * only drawn where there is an inside. Nothing here touches values or number formats.
 */
export function applyFormats(
  range: Excel.Range,
  formats: Partial<Record<FormatKey, FormatValue>>,
  rows: number,
  columns: number
): void {
  const format = range.format;
  for (const [key, value] of Object.entries(formats) as [FormatKey, FormatValue][]) {
    switch (key) {
      case "font":
        format.font.name = String(value);
        break;
      case "size":
        format.font.size = Number(value);
        break;
      case "bold":
        format.font.bold = Boolean(value);
        break;
      case "italic":
        format.font.italic = Boolean(value);
        break;
      case "horizontal":
        format.horizontalAlignment = HORIZONTAL[String(value)] ?? "General";
        break;
      case "vertical":
        format.verticalAlignment = VERTICAL[String(value)] ?? "Bottom";
        break;
      case "wrap":
        format.wrapText = Boolean(value);
        break;
      case "border":
        borders(format, Boolean(value), rows, columns);
        break;
    }
  }
}

/** Thin lines on all four sides of every cell, or none. */
function borders(format: Excel.RangeFormat, on: boolean, rows: number, columns: number): void {
  const items: BorderName[] = [...EDGES];
  if (columns > 1) items.push("InsideVertical");
  if (rows > 1) items.push("InsideHorizontal");
  for (const item of items) {
    const border = format.borders.getItem(item);
    border.style = on ? "Continuous" : "None";
    if (on) border.weight = "Thin";
  }
}

/** Estimated request bytes of the formats, beyond the range itself. */
export function formatBytes(formats: Partial<Record<FormatKey, FormatValue>>): number {
  return Object.entries(formats).reduce(
    (sum, [key, value]) => sum + (key === "border" ? 6 * 160 : 80 + String(value).length),
    0
  );
}
