import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { afterAll, beforeAll, expect } from "@jest/globals";
import { chromium, Page } from "playwright-core";
import { buildWebBundle } from "../../support/webBundle";
import {
  FolderServer,
  launchOfflineChromium,
  OfflineChromium,
  requireChromium,
  serveFolder,
} from "./offlineChromium";

/*
 * What the tests in tests/browser share: the web bundle built into a temporary folder, served on
 * 127.0.0.1 and opened in Debian's Chromium, offline, once per test file; new pages that record what
 * goes wrong in them; screenshots in build/screenshots/.
 */

const ROOT = path.resolve(__dirname, "..", "..", "..");
export const SCREENSHOTS = path.join(ROOT, "build", "screenshots");
/** A production build with Fluent UI takes a while on a slow machine. */
export const BUILD_TIMEOUT = 600_000;
export const TEST_TIMEOUT = 120_000;
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface BuiltBundle {
  /** The server of the built folder; set once beforeAll has run. */
  readonly server: FolderServer;
  /** The offline browser; set once beforeAll has run. */
  readonly browser: OfflineChromium;
  /** What went wrong in a page: uncaught errors and console errors other than office.js failing. */
  readonly pageProblems: string[];
  /** A new page whose errors go to pageProblems. */
  newPage(): Promise<Page>;
}

/**
 * Registers beforeAll and afterAll for the calling test file: build (the add-in's web bundle, or what
 * `build` makes), serve, launch (with `viewport`
 * when given), then `prepare` (e.g. to grant permissions); close all after.
 */
export function useBuiltBundle(
  options: {
    viewport?: { width: number; height: number };
    /** Builds what is served into the folder given; the add-in's web bundle when omitted. */
    build?: (root: string, outputPath: string) => Promise<void>;
    prepare?: (browser: OfflineChromium, server: FolderServer) => Promise<void>;
  } = {}
): BuiltBundle {
  let buildDir: string | undefined;
  let server: FolderServer | undefined;
  let browser: OfflineChromium | undefined;
  const pageProblems: string[] = [];

  beforeAll(async () => {
    // Never skipped: a missing browser fails the test, saying what to install.
    requireChromium();
    buildDir = mkdtempSync(path.join(tmpdir(), "phuluc-web-"));
    await (options.build ?? buildWebBundle)(ROOT, buildDir);
    server = await serveFolder(buildDir);
    browser = options.viewport
      ? await launchOfflineChromium(chromium, options.viewport)
      : await launchOfflineChromium(chromium);
    await options.prepare?.(browser, server);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error("the built bundle is not started (beforeAll has not run)");
    return value;
  };

  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    pageProblems,
    async newPage() {
      const page = await started(browser).context.newPage();
      page.on("pageerror", (error) => pageProblems.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        // office.js is aborted on purpose: the page reports that one failed load.
        const failedLoad = message.text().startsWith("Failed to load resource");
        if (message.type() === "error" && !failedLoad)
          pageProblems.push(`console: ${message.text()}`);
      });
      return page;
    },
  };
}

/** A screenshot in build/screenshots/: the whole page, or only the viewport with fullPage false. */
export async function screenshot(page: Page, name: string, fullPage = false) {
  const file = path.join(SCREENSHOTS, name);
  rmSync(file, { force: true });
  await page.screenshot({ path: file, fullPage, animations: "disabled" });
  expect(existsSync(file)).toBe(true);
  expect(statSync(file).size).toBeGreaterThan(0);
  // A PNG file starts with its 8-byte signature.
  expect(readFileSync(file).subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  );
}
