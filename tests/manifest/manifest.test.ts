/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser: a real XML parser that keeps element order and reports malformed XML.
import { compareVersions, EXCEL_API_MINIMUM, EXCEL_FEATURES } from "../../src/excel/apiSupport";
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { promisify } from "util";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";

/*
 * manifest.xml checked offline: `npm run validate` (Microsoft's validator) needs the network. The
 * web build runs once, as a release build for a hosting address (RELEASE_URL), into a temporary folder,
 * so that every address the manifest gives is checked against the files the build really writes, and
 * the manifest the release build writes against the repository's.
 */

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const ORIGIN = "https://localhost:3000/";
const APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BASIC = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
/** A production build of the pane with Fluent UI takes a while on a slow machine. */
const BUILD_TIMEOUT = 600_000;
/** Where the release build is for: a path below the host, as a commune's server might give. */
const RELEASE_URL = "https://phuluc.example.gov.vn/cchc/addin/";

/** webpack.config.js: the build's configuration, and the manifest a release build writes. */
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as ((
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<unknown[]>) & {
  manifestFor(xml: string, url: URL | undefined): string;
  hostingUrl(text: string): URL;
};

/** `npm run build -- --env url=…` for the web part, into `outputPath` instead of dist/. */
async function releaseBuild(url: string, outputPath: string): Promise<void> {
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const args = [cli, "--config-name", "web", "--mode", "production"];
  args.push("--env", `url=${url}`, "--env", `outputPath=${outputPath}`);
  try {
    await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`The release build failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
  }
}

/**
 * The order of child elements the schemas require (OfficeAppManifestV1_1.xsd for TaskPaneApp,
 * TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd): each element may be left out
 * unless `required`, may repeat only when `many`, and must come in this order.
 */
interface Slot {
  name: string;
  required?: boolean;
  many?: boolean;
}
const slots = (...names: string[]): Slot[] =>
  names.map((name) => ({
    name: name.replace(/[!+]/g, ""),
    required: name.includes("!"),
    many: name.includes("+"),
  }));

const ORDER: Record<string, Slot[]> = {
  OfficeApp: slots(
    "Id!",
    "AlternateId",
    "Version!",
    "ProviderName!",
    "DefaultLocale!",
    "DisplayName!",
    "Description!",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings!",
    "Permissions!",
    "Dictionary",
    "VersionOverrides"
  ),
  VersionOverrides: slots(
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins"
  ),
  Host: slots("AllFormFactors", "DesktopFormFactor"),
  DesktopFormFactor: slots("GetStarted", "FunctionFile", "ExtensionPoint!+"),
  PrimaryCommandSurface: slots("OfficeTab+", "CustomTab+"),
  CustomFunctions: slots("Script!", "Page!", "Metadata", "Namespace"),
  OfficeTab: slots("Group!+"),
  Group: slots("Label!", "Icon!", "Control!+"),
  Button: slots("Label!", "Supertip!", "Icon!", "Action!"),
  Supertip: slots("Title!", "Description!"),
  ShowTaskpane: slots("TaskpaneId", "SourceLocation!", "Title"),
  ExecuteFunction: slots("FunctionName!"),
  Resources: slots("Images", "Urls", "ShortStrings", "LongStrings"),
};

let manifest: Document;
let buildDir: string;

beforeAll(async () => {
  const text = readFileSync(MANIFEST, "utf8");
  manifest = new DOMParser().parseFromString(text, "application/xml");

  buildDir = mkdtempSync(path.join(tmpdir(), "phuluc-web-"));
  await releaseBuild(RELEASE_URL, buildDir);
}, BUILD_TIMEOUT);

afterAll(() => {
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

interface ManifestInfo {
  id?: string;
  hosts?: string[];
  permissions?: string;
  defaultSettings?: { sourceLocation?: string };
}

/** What office-addin-manifest reads from a manifest, read in a Node process of its own. */
async function readWithOfficeTools(file: string): Promise<ManifestInfo> {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    ".then((info) => process.stdout.write(JSON.stringify(info)))";
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", script, file], {
    cwd: ROOT,
  });
  return JSON.parse(stdout) as ManifestInfo;
}

/** Child elements, whatever their namespace prefix. */
function children(element: Element): Element[] {
  return Array.from(element.children);
}

function all(name: string, namespace = "*"): Element[] {
  return Array.from(manifest.getElementsByTagNameNS(namespace, name));
}

function one(name: string, namespace = "*"): Element {
  const found = all(name, namespace);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The schema type an element is checked against: its xsi:type where it has one. */
function typeOf(element: Element): string {
  return element.getAttributeNS(XSI, "type") ?? element.localName;
}

/** The order an element's children must follow, by its xsi:type or else its name. */
function orderOf(element: Element): Slot[] | undefined {
  return ORDER[typeOf(element)] ?? ORDER[element.localName];
}

/** Problems with the order of an element's children, [] when it follows the schema. */
function orderProblems(element: Element, order: Slot[]): string[] {
  const where = `<${element.localName}${element.id ? ` id="${element.id}"` : ""}>`;
  const sequence = order.map((slot) => slot.name).join(", ");
  const problems: string[] = [];
  let last = -1;
  for (const child of children(element)) {
    const name = child.localName;
    const at = order.findIndex((slot) => slot.name === name);
    if (at < 0) problems.push(`${where}: <${name}> is not a child the schema allows here`);
    else if (at < last)
      problems.push(`${where}: <${name}> is out of order (the schema's order: ${sequence})`);
    else if (at === last && !order[at].many)
      problems.push(`${where}: <${name}> may appear only once`);
    else last = at;
  }
  const present = new Set(children(element).map((child) => child.localName));
  for (const slot of order) {
    if (slot.required && !present.has(slot.name))
      problems.push(`${where}: <${slot.name}> is missing`);
  }
  return problems;
}

/** The resources of one kind (Images, Urls, ShortStrings, LongStrings): id → value. */
function resources(kind: string): Map<string, string> {
  const list = all(kind, BASIC);
  return new Map(
    list.flatMap((element) =>
      children(element).map((item): [string, string] => [
        item.getAttribute("id") ?? "",
        item.getAttribute("DefaultValue") ?? "",
      ])
    )
  );
}

/** Every attribute value and leaf text of the document that starts with `prefix`, trimmed. */
function addressesIn(document: Document, prefix: string): string[] {
  return Array.from(document.getElementsByTagNameNS("*", "*")).flatMap((element) =>
    [
      ...Array.from(element.attributes).map((attribute) => attribute.value),
      element.children.length === 0 ? (element.textContent ?? "") : "",
    ]
      .map((value) => value.trim())
      .filter((value) => value.startsWith(prefix))
  );
}

/** The file a https://localhost:3000/ address stands for in the build. */
function built(url: string): string {
  expect(url.startsWith(ORIGIN)).toBe(true);
  return path.join(buildDir, ...new URL(url).pathname.split("/").filter(Boolean));
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString("hex");
  expect(signature).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  test("is well-formed XML, and the Office tools read it", async () => {
    expect(manifest.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(manifest.documentElement.localName).toBe("OfficeApp");
    expect(manifest.documentElement.namespaceURI).toBe(APP);
    expect(typeOf(manifest.documentElement)).toBe("TaskPaneApp");

    // The reader `npm start` sideloads with (office-addin-manifest, which jest cannot load itself).
    const info = await readWithOfficeTools(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}taskpane.html`);
  });

  test("has its elements in the order the schema requires", () => {
    const checked = all("*").filter((element) => orderOf(element) !== undefined);
    const problems = checked.flatMap((element) =>
      orderProblems(element, orderOf(element) as Slot[])
    );
    expect(problems).toEqual([]);
    expect(checked[0]).toBe(manifest.documentElement);
    // Not vacuous: the nested elements the table names are there to be checked.
    expect(all("VersionOverrides", OVERRIDES)).toHaveLength(1);
    expect(all("Control", OVERRIDES).map(typeOf)).toEqual(["Button", "Button"]);
  });

  test("the order check finds elements out of place", () => {
    const broken = new DOMParser().parseFromString(
      `<OfficeApp xmlns="${APP}"><Version/><Id/><ProviderName/><ProviderName/><Extra/></OfficeApp>`,
      "application/xml"
    );
    expect(orderProblems(broken.documentElement, ORDER.OfficeApp)).toEqual([
      expect.stringContaining("<Id> is out of order"),
      expect.stringContaining("<ProviderName> may appear only once"),
      expect.stringContaining("<Extra> is not a child"),
      expect.stringContaining("<DefaultLocale> is missing"),
      expect.stringContaining("<DisplayName> is missing"),
      expect.stringContaining("<Description> is missing"),
      expect.stringContaining("<DefaultSettings> is missing"),
      expect.stringContaining("<Permissions> is missing"),
    ]);
  });

  test("every id and resource reference has at most 32 characters and resolves", () => {
    const ids = all("*").flatMap((element) => [
      element.getAttribute("id"),
      element.getAttribute("resid"),
    ]);
    const tooLong = ids.filter(
      (id): id is string => id !== null && (id.length === 0 || id.length > 32)
    );
    expect(tooLong).toEqual([]);

    const defined = new Set(all("*", BASIC).map((element) => element.getAttribute("id")));
    const dangling = all("*")
      .map((element) => element.getAttribute("resid"))
      .filter((resid) => resid !== null && !defined.has(resid));
    expect(dangling).toEqual([]);

    const unique = all("*", BASIC)
      .map((element) => element.getAttribute("id"))
      .filter((id) => id !== null);
    expect(new Set(unique).size).toBe(unique.length);

    // Strings have limits of their own: 125 characters for a short one, 250 for a long one.
    const tooLongText = [
      ...[...resources("ShortStrings")].filter(([, value]) => value.length > 125),
      ...[...resources("LongStrings")].filter(([, value]) => value.length > 250),
    ];
    expect(tooLongText).toEqual([]);
  });

  test("every https://localhost:3000/ address is a file the web build writes", () => {
    const addresses = addressesIn(manifest, ORIGIN);
    expect(addresses.length).toBeGreaterThan(5);
    const missing = [...new Set(addresses)].filter((url) => !existsSync(built(url)));
    expect(missing).toEqual([]);
    // The same origin is the one AppDomain.
    expect(all("AppDomain", APP).map((element) => element.textContent?.trim())).toEqual([
      ORIGIN.slice(0, -1),
    ]);
  });

  test("icon sizes match their PNG files", () => {
    const images = resources("Images");
    const icons = all("Image", BASIC).filter((element) => element.hasAttribute("size"));
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const size = Number(icon.getAttribute("size"));
      expect([16, 20, 24, 32, 40, 48, 64, 80]).toContain(size);
      const url = images.get(icon.getAttribute("resid") ?? "");
      expect(url).toBeDefined();
      expect(pngSize(built(url as string))).toEqual({ width: size, height: size });
    }
    // Each icon list has the sizes Office requires: 16, 32 and 80.
    for (const list of all("Icon", OVERRIDES)) {
      const sizes = children(list).map((image) => Number(image.getAttribute("size")));
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
    }
    const iconUrl = one("IconUrl", APP).getAttribute("DefaultValue") as string;
    const highResolution = one("HighResolutionIconUrl", APP).getAttribute("DefaultValue") as string;
    expect(pngSize(built(iconUrl))).toEqual({ width: 32, height: 32 });
    expect(pngSize(built(highResolution))).toEqual({ width: 64, height: 64 });
  });

  test("requires ExcelApi 1.7, so that Excel 2019 offers it; newer calls are checked at run time", () => {
    const sets = all("Set", APP).map((set) => [
      set.getAttribute("Name"),
      set.getAttribute("MinVersion"),
    ]);
    // The one set the add-in needs everywhere: no custom functions or shared runtime set, which would
    // keep Excel 2019 from offering the pane and the buttons.
    expect(sets).toEqual([["ExcelApi", EXCEL_API_MINIMUM]]);
    expect(EXCEL_API_MINIMUM).toBe("1.7");
    // Excel 2019 has ExcelApi up to 1.8; everything the adapter calls above the minimum is checked.
    for (const version of Object.values(EXCEL_FEATURES))
      expect(compareVersions(version, EXCEL_API_MINIMUM)).toBeGreaterThan(0);
    // No <Requirements> inside <VersionOverrides>: where it is not met, Office drops the ribbon too.
    expect(all("Requirements", OVERRIDES)).toEqual([]);
    expect(all("Runtimes", OVERRIDES)).toEqual([]);
    expect(all("Host", APP).map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  test("puts the Phụ lục group with its two buttons on the Home tab", () => {
    const shortStrings = resources("ShortStrings");
    const urls = resources("Urls");
    const label = (element: Element) =>
      shortStrings.get(
        children(element)
          .find((child) => child.localName === "Label")
          ?.getAttribute("resid") ?? ""
      );

    const surface = all("ExtensionPoint", OVERRIDES).find(
      (point) => typeOf(point) === "PrimaryCommandSurface"
    );
    const tab = children(surface as Element)[0];
    expect(tab.localName).toBe("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = one("Group", OVERRIDES);
    expect(label(group)).toBe("Phụ lục");

    const [openPane, quickCheck] = all("Control", OVERRIDES);
    expect(label(openPane)).toBe("Mở Phụ lục");
    const show = openPane.getElementsByTagNameNS(OVERRIDES, "Action")[0];
    expect(typeOf(show)).toBe("ShowTaskpane");
    const pane =
      show.getElementsByTagNameNS(OVERRIDES, "SourceLocation")[0].getAttribute("resid") ?? "";
    expect(urls.get(pane)).toBe(`${ORIGIN}taskpane.html`);

    expect(label(quickCheck)).toBe("Kiểm tra nhanh");
    const run = quickCheck.getElementsByTagNameNS(OVERRIDES, "Action")[0];
    expect(typeOf(run)).toBe("ExecuteFunction");
    const functionName = run.textContent?.trim() ?? "";
    const functionFile = one("FunctionFile", OVERRIDES).getAttribute("resid") ?? "";
    expect(urls.get(functionFile)).toBe(`${ORIGIN}commands.html`);
    // The function file registers the name the button calls.
    const commands = readFileSync(path.join(buildDir, "commands.js"), "utf8");
    expect(commands).toContain(`"${functionName}"`);
    // The dialog it opens is a page of the build beside it (a dialog must be on its origin).
    expect(commands).toContain('"quickcheck.html"');
    expect(existsSync(path.join(buildDir, "quickcheck.html"))).toBe(true);
  });

  test("promises on the ribbon and in its descriptions only what the add-in does", () => {
    const longStrings = resources("LongStrings");
    const texts = [
      one("Description", APP).getAttribute("DefaultValue") ?? "",
      ...resources("ShortStrings").values(),
      ...longStrings.values(),
    ];
    // No report of a period (quý, 6 tháng, năm) is made yet: nothing may offer one.
    for (const text of texts) expect(text).not.toMatch(/báo cáo/i);
    // Kiểm tra nhanh says what the command does: marks, the first error selected, the dialog; and
    // where the whole list is (the pane's Kiểm tra), not that it is there already.
    const quickCheck = longStrings.get("QuickCheck.Tooltip") ?? "";
    expect(quickCheck).toMatch(/tô màu các ô có lỗi hoặc cảnh báo/);
    expect(quickCheck).toMatch(/chọn ô lỗi đầu tiên/);
    expect(quickCheck).toMatch(/hộp thoại/);
    expect(quickCheck).toMatch(/bấm Mở Phụ lục rồi Kiểm tra/);
    // Mở Phụ lục names the pane's three parts: Kiểm tra, Sửa (preview, then apply), Lập phụ lục.
    const openPane = longStrings.get("OpenPane.Tooltip") ?? "";
    expect(openPane).toMatch(/kiểm tra bảng phụ lục/);
    expect(openPane).toMatch(/xem trước và áp dụng cách sửa/);
    expect(openPane).toMatch(/lập phụ lục mới trên một trang tính mới/);
  });

  test("declares the PHULUC custom functions the build describes", () => {
    const point = all("ExtensionPoint", OVERRIDES).find(
      (element) => typeOf(element) === "CustomFunctions"
    );
    expect(point?.parentElement?.localName).toBe("AllFormFactors");
    const namespace = resources("ShortStrings").get(
      one("Namespace", OVERRIDES).getAttribute("resid") ?? ""
    );
    expect(namespace).toBe("PHULUC");

    const metadata = JSON.parse(readFileSync(path.join(buildDir, "functions.json"), "utf8")) as {
      functions: {
        id: string;
        name: string;
        parameters: { name: string; type?: string; optional?: boolean }[];
      }[];
    };
    const bangChu = metadata.functions.find((entry) => entry.id === "BANGCHU");
    expect(bangChu?.name).toBe("BANGCHU");
    expect(
      bangChu?.parameters.map((parameter) => [parameter.name, parameter.optional ?? false])
    ).toEqual([
      ["số_tiền", false],
      ["cách_đọc", true],
    ]);
    const script = readFileSync(path.join(buildDir, "functions.js"), "utf8");
    expect(script).toMatch(/CustomFunctions\.associate\("BANGCHU",/);
  });

  test("loads office.js from Microsoft's CDN in each page, never from the bundle", () => {
    const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted/";
    const scripts = (page: string) =>
      Array.from(
        new DOMParser()
          .parseFromString(readFileSync(path.join(buildDir, page), "utf8"), "text/html")
          .querySelectorAll("script")
      ).map((script) => script.getAttribute("src"));
    expect(scripts("taskpane.html")).toEqual([`${cdn}office.js`, "taskpane.js"]);
    expect(scripts("commands.html")).toEqual([`${cdn}office.js`, "commands.js"]);
    expect(scripts("quickcheck.html")).toEqual([`${cdn}office.js`, "quickcheck.js"]);
    expect(scripts("functions.html")).toEqual([
      `${cdn}custom-functions-runtime.js`,
      "functions.js",
    ]);
    expect(existsSync(path.join(buildDir, "manifest.xml"))).toBe(true);
  });
});

describe("the release build (npm run build -- --env url=…)", () => {
  let text: string;
  let release: Document;

  beforeAll(() => {
    text = readFileSync(path.join(buildDir, "manifest.xml"), "utf8");
    release = new DOMParser().parseFromString(text, "application/xml");
  });

  test("writes a manifest with every address at the hosting url and none at localhost", () => {
    expect(release.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(text).not.toMatch(/localhost/i);
    // The same addresses as the repository's manifest, each moved under the url with its path kept.
    const moved = addressesIn(manifest, ORIGIN).map(
      (url) => RELEASE_URL + url.slice(ORIGIN.length)
    );
    expect(addressesIn(release, RELEASE_URL)).toEqual(moved);
    // Every address of the release manifest is one of those: no other host slipped in.
    const hosted = addressesIn(release, "https://").filter(
      (url) => !url.startsWith("https://appsforoffice.microsoft.com/")
    );
    const origin = new URL(RELEASE_URL).origin;
    expect(hosted.filter((url) => !url.startsWith(RELEASE_URL))).toEqual([origin]);
    // Each is a file the build wrote, at its path below the url.
    const missing = [...new Set(moved)].filter(
      (url) => !existsSync(path.join(buildDir, ...url.slice(RELEASE_URL.length).split("/")))
    );
    expect(missing).toEqual([]);
  });

  test("names the page, icons, function file, custom functions, support page and domain there", () => {
    const attribute = (name: string, key = "DefaultValue") =>
      Array.from(release.getElementsByTagNameNS(APP, name)).map((element) =>
        element.getAttribute(key)
      );
    expect(attribute("SourceLocation")).toEqual([`${RELEASE_URL}taskpane.html`]);
    expect(attribute("IconUrl")).toEqual([`${RELEASE_URL}assets/icon-32.png`]);
    expect(attribute("HighResolutionIconUrl")).toEqual([`${RELEASE_URL}assets/icon-64.png`]);
    expect(attribute("SupportUrl")).toEqual([`${RELEASE_URL}taskpane.html`]);
    expect(
      Array.from(release.getElementsByTagNameNS(APP, "AppDomain")).map((domain) =>
        domain.textContent?.trim()
      )
    ).toEqual(["https://phuluc.example.gov.vn"]);
    const urls = new Map(
      Array.from(release.getElementsByTagNameNS(BASIC, "Url")).map((url) => [
        url.getAttribute("id"),
        url.getAttribute("DefaultValue"),
      ])
    );
    expect(Object.fromEntries(urls)).toEqual({
      "Taskpane.Url": `${RELEASE_URL}taskpane.html`,
      "Commands.Url": `${RELEASE_URL}commands.html`,
      "Functions.Script.Url": `${RELEASE_URL}functions.js`,
      "Functions.Page.Url": `${RELEASE_URL}functions.html`,
      "Functions.Metadata.Url": `${RELEASE_URL}functions.json`,
    });
    for (const image of Array.from(release.getElementsByTagNameNS(BASIC, "Image")))
      if (image.hasAttribute("DefaultValue"))
        expect(image.getAttribute("DefaultValue")).toMatch(
          /^https:\/\/phuluc\.example\.gov\.vn\/cchc\/addin\/assets\//
        );
  });

  test("is the repository's manifest with only its addresses moved", () => {
    const back = text
      .split(RELEASE_URL)
      .join(ORIGIN)
      .split(new URL(RELEASE_URL).origin)
      .join(ORIGIN.slice(0, -1));
    expect(back).toBe(readFileSync(MANIFEST, "utf8"));
  });

  test("the Office tools read it, with the pane at the hosting url", async () => {
    const info = await readWithOfficeTools(path.join(buildDir, "manifest.xml"));
    expect(info.defaultSettings?.sourceLocation).toBe(`${RELEASE_URL}taskpane.html`);
    expect(info.hosts).toEqual(["Workbook"]);
  });

  test("npm run build without an address stops, saying in Vietnamese and English how to give one", async () => {
    const build = webpackConfig({}, { mode: "production" });
    await expect(build).rejects.toThrow(/thiếu --env url \/ --env url is missing/);
    await expect(build).rejects.toThrow(/npm run build -- --env url=https:\/\//);
    await expect(build).rejects.toThrow(/Cần địa chỉ web[\s\S]*The web address/);
    // Development keeps localhost: the dev server, npm start, and builds elsewhere (the tests').
    await expect(webpackConfig({}, { mode: "development" })).resolves.toHaveLength(2);
    await expect(
      webpackConfig({ outputPath: buildDir }, { mode: "production" })
    ).resolves.toHaveLength(2);
  });

  test("refuses an address Office cannot load from, and ends the path with /", async () => {
    for (const wrong of [
      "http://phuluc.example.gov.vn/",
      "phuluc.example.gov.vn",
      "https://x.vn/?a=1",
      "https://x.vn/#a",
    ])
      await expect(webpackConfig({ url: wrong }, { mode: "production" })).rejects.toThrow(/https/);
    expect(webpackConfig.hostingUrl("https://x.vn/phuluc").href).toBe("https://x.vn/phuluc/");
    expect(webpackConfig.hostingUrl("https://x.vn").href).toBe("https://x.vn/");
  });

  test("moves every address, and leaves the development manifest alone without a url", () => {
    const source = readFileSync(MANIFEST, "utf8");
    expect(webpackConfig.manifestFor(source, undefined)).toBe(source);
    const atRoot = webpackConfig.manifestFor(source, new URL("https://x.vn/"));
    expect(atRoot).not.toMatch(/localhost/);
    expect(atRoot).toContain('<SourceLocation DefaultValue="https://x.vn/taskpane.html"/>');
    expect(atRoot).toContain("<AppDomain>https://x.vn</AppDomain>");
    expect(() =>
      webpackConfig.manifestFor(`${source}<!-- http://localhost:3000 -->`, new URL("https://x.vn/"))
    ).toThrow(/localhost/);
  });
});
