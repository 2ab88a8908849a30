// Preloaded by the benchmark (node -r) to learn the peak memory of a command it runs.
const { writeSync } = require("fs");

process.on("exit", () => {
  writeSync(2, `\npeak-rss-kib=${process.resourceUsage().maxRSS}\n`);
});
