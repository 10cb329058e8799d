/**
 * Atomic writes: every output is written under a temporary name beside its target and renamed
 * into place, so a reader (or a crash) never sees half a report.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

function tempName(path: string): string {
  return `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Writes a file atomically (temp name, then rename). */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempName(path);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Replaces a folder by one holding exactly `files` (name -> content), built aside first. */
export function writeFolderAtomic(dir: string, files: Map<string, string>): void {
  const temp = tempName(dir);
  try {
    mkdirSync(temp, { recursive: true });
    for (const [name, content] of files) writeFileSync(join(temp, name), content);
    rmSync(dir, { recursive: true, force: true });
    renameSync(temp, dir);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
}

/** Runs `write(tempPath)` (e.g. a browser printing a PDF) and renames the result into place. */
export async function produceAtomic(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempName(path);
  try {
    await write(temp);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
