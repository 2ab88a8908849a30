import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { createServer } from "http";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import path from "path";
import type { BrowserContext, BrowserType } from "playwright-core";

/*
 * The task pane in a real browser with no network: the web bundle built into a temporary folder,
 * served on 127.0.0.1, opened in Debian's Chromium. Shared by tests/browser and scripts/bench.ts, so
 * it never imports playwright-core itself: the callers pass `chromium` in (the benchmark is bundled by
 * webpack, which must not bundle playwright-core).
 */

/** Debian's Chromium. No browser is ever downloaded. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * The machine has no network: nothing in Chromium may try to reach it (background networking,
 * component updates, sync, QUIC), and no host name resolves but the local server's.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** Excel on Windows opens a task pane 320 px wide (Excel on the web: 350 px). */
export const TASK_PANE_VIEWPORT = { width: 320, height: 800 };

/** Throws, with what to do, when Debian's Chromium is not installed. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing. Install Debian's Chromium (sudo apt-get install chromium); ` +
        "the task pane is tested in that browser and none is ever downloaded."
    );
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface FolderServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The paths served so far ("/taskpane.js"), in order. */
  served: string[];
  close(): Promise<void>;
}

/** Serves the files of a folder on 127.0.0.1 at a free port; 404 for anything else. Never cached. */
export async function serveFolder(folder: string): Promise<FolderServer> {
  const base = path.resolve(folder);
  const served: string[] = [];
  const server = createServer((request, response) => {
    let file: string | null = null;
    try {
      const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
      const candidate = path.resolve(base, `.${decodeURIComponent(pathname)}`);
      if (candidate.startsWith(base + path.sep) && statSync(candidate).isFile()) file = candidate;
      if (file) served.push(pathname);
    } catch {
      file = null;
    }
    if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface OfflineChromium {
  context: BrowserContext;
  /** Every request for anything but 127.0.0.1 that a page made, aborted: office.js from its CDN … */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Chromium with a fresh profile, where every request for anything but 127.0.0.1 (office.js from
 * Microsoft's CDN first) is aborted before it leaves the browser, as offline.
 */
export async function launchOfflineChromium(
  chromium: BrowserType,
  viewport = TASK_PANE_VIEWPORT
): Promise<OfflineChromium> {
  requireChromium();
  const userDataDir = mkdtempSync(path.join(tmpdir(), "phuluc-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      // Routing also turns off the HTTP cache: every load fetches the bundle again.
      serviceWorkers: "block",
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    blocked.push(url.href);
    return route.abort("internetdisconnected");
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
