import { EXIT_UNREADABLE, main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not an input problem the command knows how to explain: show everything for a bug report.
    process.stderr.write(
      `phuluc: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = EXIT_UNREADABLE;
  }
);
