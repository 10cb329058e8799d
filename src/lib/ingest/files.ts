/**
 * Input files of an ingest: expand folders, hash, check the encoding, recognise each file.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdtempSync, openSync, readSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { isUtf8 } from "node:buffer";
import { detectFile, isBundleMember, isWorkbookZip } from "../../../loaders/index.ts";
import { isZip, readZip, ZIP_LIMITS } from "../../../loaders/common/zip.ts";
import { checkFileSize } from "../../../loaders/common/limits.ts";
import type { SourceFile } from "../../../loaders/types.ts";
import { RetroError } from "../errors.ts";
import type { System } from "../model/records.ts";
import type { WorkshopConfig } from "../config/schema.ts";

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
  for (let i = out.length - 1; i >= 0; i--) {
    if (isBundleZip(out[i])) out.splice(i, 1, ...expandBundle(out[i]));
  }
  if (out.length === 0) throw new RetroError("No files to ingest.", "Point at the export files, or at a folder that holds them.", { file: inputs.join(", ") });
  return [...new Set(out)];
}

/** Members of expanded zip bundles: where they came from, for display and provenance. */
const bundleMembers = new Map<string, { display: string; sha256: string }>();

function isBundleZip(path: string): boolean {
  const head = Buffer.alloc(4);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (!isZip(head)) return false;
  checkFileSize(statSync(path).size, displayOf(path));
  return !isWorkbookZip(readFileSync(path), displayOf(path));
}

/**
 * A downloaded zip bundle -> its members, checked in memory (names, sizes, zip bombs) and
 * written under their base names to a private temp folder that is removed when the process
 * exits. Provenance shows each member as `bundle.zip:member` with the zip's sha256.
 */
function expandBundle(zipPath: string): string[] {
  const display = displayOf(zipPath);
  const bytes = readFileSync(zipPath);
  if (bytes.length > ZIP_LIMITS.maxTotalBytes) {
    throw new RetroError("The zip is larger than any export bundle.", "Give the bundle as the submission system downloaded it.", { file: display });
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const ignored = (name: string) => name.endsWith("/") || name.startsWith("__MACOSX/") || basename(name).startsWith(".");
  const members = readZip(bytes, display, (e) => !ignored(e.name));
  const unexpected = members.filter((m) => !isBundleMember(basename(m.name))).map((m) => m.name);
  if (unexpected.length) {
    throw new RetroError(
      `The zip holds member${unexpected.length === 1 ? "" : "s"} that no export bundle contains: ${unexpected.slice(0, 5).map((n) => `"${n}"`).join(", ")}.`,
      "Give the bundle exactly as the submission system downloaded it (EasyChair: submission.csv, author.csv, review.csv, ...), or unzip it and pass the export files.",
      { file: display },
    );
  }
  if (members.length === 0) throw new RetroError("The zip holds no export files.", "Download the bundle again.", { file: display });
  const dir = mkdtempSync(join(tmpdir(), "retro-bundle-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const paths: string[] = [];
  for (const m of members) {
    const path = join(dir, basename(m.name));
    if (bundleMembers.has(path)) throw new RetroError(`The zip holds "${basename(m.name)}" twice.`, "Download the bundle again.", { file: display });
    writeFileSync(path, m.data, { mode: 0o600, flag: "wx" });
    bundleMembers.set(path, { display: `${display}:${m.name}`, sha256 });
    paths.push(path);
  }
  return paths.sort();
}

/** Removes the temp folders of the bundles whose members are among `paths`. */
export function releaseBundles(paths: string[]): void {
  for (const path of paths) {
    if (!bundleMembers.delete(path)) continue;
    rmSync(dirname(path), { recursive: true, force: true });
  }
}

function displayOf(path: string): string {
  return relative(process.cwd(), path) || basename(path);
}

/** Reads, hashes, checks and recognises one file. `system` forces the adapter. */
export async function inspectFile(path: string, system?: System, config?: WorkshopConfig): Promise<SourceFile> {
  const member = bundleMembers.get(path);
  const display = member?.display ?? displayOf(path);
  checkFileSize(statSync(path).size, display);
  const bytes = await readFile(path);
  const sha256 = member?.sha256 ?? createHash("sha256").update(bytes).digest("hex");
  const headBytes = bytes.subarray(0, 65536);
  const head = headBytes.toString("utf8").replace(/^\uFEFF/, "");
  const firstLine = head.split(/\r?\n/)[0];
  const candidates = detectFile({ path, name: basename(path), head, firstLine, config, system }, bytes, display);
  if (!isZip(bytes) && !isUtf8(bytes)) {
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
        : `First line: "${firstLine.slice(0, 120)}". ${separatorHint(firstLine)}Expected a HotCRP paper JSON, submissions/authors/reviews/scores CSV; see the README's format table.`,
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

/** A header split by ";" or tabs instead of commas: say so (spreadsheets in some locales do this). */
function separatorHint(firstLine: string): string {
  const count = (c: string) => firstLine.split(c).length - 1;
  const commas = count(",");
  for (const [sep, name] of [[";", "semicolons"], ["\t", "tabs"]] as const) {
    if (count(sep) >= 2 && count(sep) > commas) return `Its columns are separated by ${name}, not commas: export or re-save it as comma-separated CSV (UTF-8). `;
  }
  return "";
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
