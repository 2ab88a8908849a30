import { readFileSync } from "fs";
import path from "path";
import type { BrowserType, Page } from "playwright-core";
import { gzipSync } from "zlib";
import { paneText } from "../src/taskpane/paneText";
import { launchOfflineChromium, serveFolder } from "../tests/browser/support/offlineChromium";

/*
 * The task pane as a browser gets it: the size of what taskpane.html loads, gzipped as a web server
 * sends it, and the time from navigation start to the pane's first content, in Debian's Chromium
 * with no network (office.js, from Microsoft's CDN, is aborted: the pane starts outside Excel).
 */

// The benchmark is bundled by webpack, which must not bundle playwright-core (it loads its own files
// at run time): __non_webpack_require__ is Node's require in the bundle.
declare const __non_webpack_require__: NodeJS.Require;

export const RENDER_LOADS = 5;
/** Low-end office PCs: the same loads with the CPU slowed down four times (Chrome DevTools' preset). */
export const SLOW_CPU_RATE = 4;

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The JS and CSS files of the folder that taskpane.html names, office.js (from its CDN) aside. */
export function pageAssets(folder: string): string[] {
  const html = readFileSync(path.join(folder, "taskpane.html"), "utf8");
  const names: string[] = [];
  const scripts = /<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi;
  const styles = /<link\b(?=[^>]*\brel=["']?stylesheet)[^>]*\bhref=["']?([^"'\s>]+)/gi;
  for (const pattern of [scripts, styles])
    for (const match of html.matchAll(pattern)) names.push(match[1]);
  return names.filter((name) => !/^([a-z]+:)?\/\//i.test(name)).map((name) => name.split("?")[0]);
}

/** Each file's size and its size gzipped at zlib's default level (what web servers use). */
export function gzipSizes(folder: string, files: string[]): BundleFile[] {
  return files.map((file) => {
    const bytes = readFileSync(path.join(folder, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  });
}

export interface RenderTimes {
  /** ms from navigation start to the pane's first content in the DOM, one per load. */
  shown: number[];
  /** ms from navigation start to the first contentful paint (the "Đang tải…" placeholder). */
  firstPaint: number[];
  /** The same, CPU slowed down SLOW_CPU_RATE times. */
  shownSlowCpu: number[];
  /** The JS and CSS the page fetched from the local server. */
  served: string[];
}

declare global {
  interface Window {
    __paneShown?: number;
  }
}

/**
 * Runs in every page before its own scripts: notes performance.now() (ms since navigation start) when
 * #root first holds the pane's outside-Excel notice, which React renders in its first commit.
 */
function markFirstRender(marker: string) {
  const observer = new MutationObserver(() => {
    const root = document.getElementById("root");
    if (window.__paneShown === undefined && root?.textContent?.includes(marker)) {
      window.__paneShown = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

async function load(page: Page, url: string) {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__paneShown !== undefined, undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => ({
    shown: window.__paneShown as number,
    firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
  }));
}

/** Loads taskpane.html RENDER_LOADS times, each in a new page with nothing cached, then again slowed. */
export async function timeFirstRender(folder: string): Promise<RenderTimes> {
  const { chromium } = __non_webpack_require__("playwright-core") as { chromium: BrowserType };
  const server = await serveFolder(folder);
  const browser = await launchOfflineChromium(chromium);
  const times: RenderTimes = { shown: [], firstPaint: [], shownSlowCpu: [], served: [] };
  try {
    await browser.context.addInitScript(markFirstRender, paneText.outsideExcel);
    const url = `${server.origin}/taskpane.html`;
    for (const slow of [false, true]) {
      for (let i = 0; i < RENDER_LOADS; i++) {
        const page = await browser.context.newPage();
        if (slow) {
          const cdp = await browser.context.newCDPSession(page);
          await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_CPU_RATE });
        }
        const { shown, firstPaint } = await load(page, url);
        if (slow) times.shownSlowCpu.push(shown);
        else {
          times.shown.push(shown);
          times.firstPaint.push(firstPaint);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.served = [...new Set(server.served)]
    .map((served) => served.replace(/^\//, ""))
    .filter((served) => /\.(js|css)$/.test(served));
  return times;
}
