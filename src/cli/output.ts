/** Writing what a command prints: in pieces, waiting for each, and quietly stopping when no one reads. */

/** Standard output could not be written (a full disk, an I/O error): the command fails with this. */
export class OutputError extends Error {
  constructor(readonly code: string | undefined) {
    super(code ?? "output");
    this.name = "OutputError";
  }
}

/** About this much text goes to the stream at a time. */
const PIECE_LENGTH = 64 * 1024;

/** Streams whose reader has gone (`phuluc check … | head -1`): nothing more is written to them. */
const readerGone = new WeakSet<NodeJS.WritableStream>();

function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED";
}

/**
 * Takes the errors of stdout and stderr, which Node would otherwise throw (an English stack trace
 * on the terminal). A closed pipe marks the stream gone; other errors come back to the write that
 * caused them, through its callback.
 */
export function watchOutputs(...streams: NodeJS.WritableStream[]): void {
  for (const stream of streams) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (isClosedPipe(error)) readerGone.add(stream);
    });
  }
}

/**
 * Writes many small strings in pieces of about 64 KiB, each once the one before has been taken: no
 * giant string, and no more in memory than the reader keeps up with. Stops, without a word, when
 * the reader has gone; throws OutputError when the stream cannot be written.
 */
export async function writeParts(
  stream: NodeJS.WritableStream,
  parts: Iterable<string>
): Promise<void> {
  let piece = "";
  for (const part of parts) {
    piece += part;
    if (piece.length < PIECE_LENGTH) continue;
    if (!(await writePiece(stream, piece))) return;
    piece = "";
  }
  if (piece !== "") await writePiece(stream, piece);
}

/** False when the reader has gone. */
function writePiece(stream: NodeJS.WritableStream, piece: string): Promise<boolean> {
  if (readerGone.has(stream)) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    stream.write(piece, (error?: NodeJS.ErrnoException | null) => {
      if (!error) resolve(true);
      else if (isClosedPipe(error)) {
        readerGone.add(stream);
        resolve(false);
      } else reject(new OutputError(error.code));
    });
  });
}
