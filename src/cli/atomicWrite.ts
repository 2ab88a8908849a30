import { randomBytes } from "crypto";
import { unlinkSync } from "fs";
import { link, open, rename, stat, unlink } from "fs/promises";
import path from "path";
import { cliText } from "./cliText";

/** Exit codes of a command stopped by a signal, as a shell reports them: 128 + the signal's number. */
const SIGNAL_EXITS = { SIGINT: 130, SIGTERM: 143 } as const;

/** Errors of link(2) on file systems without hard links (FAT and exFAT USB sticks, some shares). */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"]);

/**
 * Writes DATA to TARGET so that TARGET is never seen half-written: the bytes go to a temporary
 * file beside it (same folder, so same file system), are flushed to the disk, and only then take
 * TARGET's name. On any failure — a full disk, an error, Ctrl+C (SIGINT) or SIGTERM — the temporary
 * file is removed and TARGET is as it was; a signal then ends the process with 130 or 143.
 *
 * Without `replace`, an existing TARGET is never replaced, not even one made while writing: the
 * finished file is hard-linked to TARGET's name, which fails with EEXIST when the name is taken.
 * Where the file system has no hard links, it falls back to checking then renaming; a file made
 * under TARGET's name in between those two steps would then be replaced (the one race left).
 *
 * Throws the file system's error (with its `code`: EEXIST, ENOSPC, EACCES…). A crash (power loss,
 * SIGKILL) can leave the hidden temporary file, never a partial TARGET.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array,
  replace: boolean
): Promise<void> {
  const folder = path.dirname(target);
  const temporary = path.join(
    folder,
    `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`
  );
  let named = false;
  const stop = (signal: keyof typeof SIGNAL_EXITS) => () => {
    try {
      removeNow(temporary);
      if (!named) process.stderr.write(`\n${cliText.interrupted(target)}\n`);
    } finally {
      process.exit(SIGNAL_EXITS[signal]);
    }
  };
  const handlers = {
    SIGINT: stop("SIGINT"),
    SIGTERM: stop("SIGTERM"),
  };
  process.on("SIGINT", handlers.SIGINT);
  process.on("SIGTERM", handlers.SIGTERM);
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(data);
      // A replaced file keeps its permissions.
      const mode = replace ? await modeOf(target) : undefined;
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (replace) await rename(temporary, target);
    else await linkNoReplace(temporary, target);
    named = true;
    await syncFolder(folder);
  } finally {
    // After rename there is nothing left to remove; after link, the temporary name goes.
    await removeQuietly(temporary);
    process.off("SIGINT", handlers.SIGINT);
    process.off("SIGTERM", handlers.SIGTERM);
  }
}

async function linkNoReplace(temporary: string, target: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (!NO_HARD_LINKS.has(code)) throw error;
    // No hard links here: check, then rename. See the race in writeFileAtomic's comment.
    if ((await modeOf(target)) !== undefined) {
      throw Object.assign(new Error(`EEXIST: ${target}`), { code: "EEXIST" });
    }
    await rename(temporary, target);
  }
}

async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** So that the new name itself survives a power cut. Windows cannot open a folder to flush it. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === "win32") return;
  const handle = await open(folder, "r");
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares) cannot flush a folder; the file itself is flushed.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EINVAL" && code !== "ENOTSUP" && code !== "EBADF") throw error;
  } finally {
    await handle.close();
  }
}

async function removeQuietly(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** In a signal handler there is no waiting: remove the temporary file at once. */
function removeNow(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
