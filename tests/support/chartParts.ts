import JSZip from "jszip";
import path from "path";

/*
 * Reading the charts of an .xlsx package back, as a test checks what LibreOffice saved: workbook →
 * sheet → drawing → chart parts, followed through their relationships.
 */

/** XML text with its entities read, so that references compare as Excel writes them. */
function unescaped(text: string): string {
  return text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file)
    throw new Error(`No part ${name}; the package has ${Object.keys(zip.files).join(", ")}`);
  return file.async("string");
}

/** The part a relationship of `from` with the given Type ending leads to, resolved to a part name. */
async function related(zip: JSZip, from: string, typeEnd: string, id?: string): Promise<string[]> {
  const slash = from.lastIndexOf("/");
  const rels = zip.file(`${from.slice(0, slash)}/_rels/${from.slice(slash + 1)}.rels`);
  if (!rels) return [];
  const tags = [...(await rels.async("string")).matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]);
  return tags
    .filter(
      (tag) => tag.includes(`${typeEnd}"`) && (id === undefined || tag.includes(`Id="${id}"`))
    )
    .map((tag) => /Target="([^"]*)"/.exec(tag)?.[1] ?? "")
    .map((target) =>
      target.startsWith("/")
        ? target.slice(1)
        : path.posix.normalize(`${from.slice(0, slash)}/${target}`)
    );
}

/** The chart parts drawn on the sheet named `sheet`: workbook → sheet → drawing → charts. */
export async function chartsOf(zip: JSZip, sheet: string): Promise<string[]> {
  const workbook = unescaped(await part(zip, "xl/workbook.xml"));
  const tag = [...workbook.matchAll(/<sheet [^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet}"`));
  const id = /r:id="([^"]*)"/.exec(tag ?? "")?.[1];
  if (!id) throw new Error(`No sheet ${sheet} in ${workbook}`);
  const [sheetPart] = await related(zip, "xl/workbook.xml", "/worksheet", id);
  const charts: string[] = [];
  for (const drawing of await related(zip, sheetPart, "/drawing")) {
    for (const chart of await related(zip, drawing, "/chart"))
      charts.push(unescaped(await part(zip, chart)));
  }
  return charts;
}

/** The formulas of a chart part's data (<c:f>), in order. */
export function formulas(chart: string): string[] {
  return [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
}
