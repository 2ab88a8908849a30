/** What Fluent UI needs from a browser that jsdom lacks. Import first in every rendering test. */
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const browser = window as unknown as Record<string, unknown>;
if (browser.ResizeObserver === undefined) browser.ResizeObserver = NoResizeObserver;
