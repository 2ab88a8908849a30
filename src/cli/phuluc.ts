import { cliText } from "./cliText";
import { EXIT_UNREADABLE, main } from "./main";
import { watchOutputs } from "./output";

/** Set (PHULUC_DEBUG=1) to see the stack of an error phuluc did not expect, for a bug report. */
const DEBUG = Boolean(process.env.PHULUC_DEBUG) && process.env.PHULUC_DEBUG !== "0";

/** No English stack trace for the person at the terminal: one Vietnamese line, the stack on request. */
function unexpected(error: unknown): void {
  const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${cliText.internalError}\n${DEBUG ? `${details}\n` : ""}`);
  process.exitCode = EXIT_UNREADABLE;
}

watchOutputs(process.stdout, process.stderr);
process.on("uncaughtException", (error) => {
  unexpected(error);
  process.exit();
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, unexpected);
