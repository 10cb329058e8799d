/**
 * Input files of an ingest: expand folders, hash, check the encoding, recognise each file.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { isUtf8 } from "node:buffer";
import { detectFile } from "../../../loaders/index.ts";
import type { SourceFile } from "../../../loaders/types.ts";
import { RetroError } from "../errors.ts";
import type { System } from "../model/records.ts";

/** Files (and folders, recursively) named on the command line, in a stable order. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    if (!existsSync(path)) throw new RetroError(`No such file or folder: ${input}`, "Check the path (quote it if it contains spaces).", { file: input });
    if (statSync(path).isDirectory()) {
      const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
          if (name.startsWith(".") || /^(readme|license|licence|source)(\.\w+)?$/i.test(name)) continue;
          const p = join(dir, name);
          if (statSync(p).isDirectory()) walk(p);
          else out.push(p);
        }
      };
      walk(path);
    } else out.push(path);
  }
  if (out.length === 0) throw new RetroError("No files to ingest.", "Point at the export files, or at a folder that holds them.", { file: inputs.join(", ") });
  return [...new Set(out)];
}

/** Reads, hashes, checks and recognises one file. `system` forces the adapter. */
export async function inspectFile(path: string, system?: System): Promise<SourceFile> {
  const display = relative(process.cwd(), path) || basename(path);
  const bytes = await readFile(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const headBytes = bytes.subarray(0, 65536);
  const head = headBytes.toString("utf8").replace(/^\uFEFF/, "");
  const firstLine = head.split(/\r?\n/)[0];
  const candidates = detectFile({ path, name: basename(path), head, firstLine }, bytes, display);
  if (!isUtf8(bytes)) {
    const line = firstBadLine(bytes);
    throw new RetroError(
      `The file is not UTF-8 (first bad bytes on line ${line}).`,
      "Re-save it as UTF-8 (in a spreadsheet: Save As > CSV UTF-8), or download it again from the submission system.",
      { file: display, row: line },
    );
  }
  const pool = system ? candidates.filter((c) => c.system === system) : candidates;
  const best = pool[0];
  if (!best) {
    throw new RetroError(
      system ? `This does not look like a ${system} export.` : "This file is not an export that workshop-retro recognises.",
      system
        ? `Check the file, or drop --system ${system} to let workshop-retro recognise it.`
        : `First line: "${firstLine.slice(0, 120)}". Expected a HotCRP paper JSON, submissions/authors/reviews/scores CSV; see the README's format table.`,
      { file: display },
    );
  }
  const rivals = pool.filter((c) => c.system !== best.system && best.confidence - c.confidence < 0.15);
  if (!system && (best.confidence < 0.5 || rivals.length)) {
    throw new RetroError(
      `Cannot tell which system exported this file (candidates: ${[best, ...rivals].map((c) => `${c.system} ${c.kind}`).join(", ")}).`,
      `Say which with --system ${[best, ...rivals].map((c) => c.system).join("|")}.`,
      { file: display },
    );
  }
  return { ...best, path, display, sha256, bytes: bytes.length };
}

function firstBadLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (!isUtf8(bytes.subarray(start, i))) return line;
      line++;
      start = i + 1;
    }
  }
  return line;
}
