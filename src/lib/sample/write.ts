/** Writes generated files under a folder, creating sub-folders; content is UTF-8 as given. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Synchronous on purpose: callers (the benchmark, the sample script) mark completion right after. */
export function writeFiles(dir: string, files: Iterable<[string, string]>): string[] {
  const written: string[] = [];
  for (const [relative, content] of files) {
    const path = join(dir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content, "utf8");
    written.push(path);
  }
  return written;
}
