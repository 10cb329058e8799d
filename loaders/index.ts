/**
 * Every export system's adapter, and content-based recognition of input files.
 * Adding a system = one adapter module + its line here + its fixtures + its README row.
 */
import { RetroError } from "../src/lib/errors.ts";
import type { System } from "../src/lib/model/records.ts";
import { hotcrp } from "./hotcrp/index.ts";
import { openreview } from "./openreview/index.ts";
import { genericCsv } from "./csv/index.ts";
import { easychair } from "./easychair/index.ts";
import { cmt } from "./cmt/index.ts";
import { parseXml } from "./common/xml.ts";
import { isZip, listZip, readZip } from "./common/zip.ts";
import type { Adapter, Detection, FileSample, SourceFile } from "./types.ts";

export const ADAPTERS: Adapter[] = [hotcrp, openreview, genericCsv, easychair, cmt];

export function adapterFor(system: System): Adapter {
  const adapter = ADAPTERS.find((a) => a.system === system);
  if (!adapter) {
    throw new RetroError(`No adapter for "${system}" yet.`, `Supported systems: ${ADAPTERS.map((a) => a.system).join(", ")}.`);
  }
  return { ...adapter, parse: (files, ctx) => adapter.parse(files, ctx).catch((e) => Promise.reject(tooDeep(e, files))) };
}

/**
 * JSON.parse reads 100,000 levels of nesting, but walking such a value overflows the stack:
 * that RangeError becomes a RetroError about the file instead of an internal error.
 */
function tooDeep(e: unknown, files: SourceFile[]): unknown {
  if (!(e instanceof RangeError) || !/call stack/i.test(e.message)) return e;
  return new RetroError(
    "A value in the export is nested too deeply to be read (thousands of levels of [ or {).",
    "Export files are shallow; download the export again, or check that this file really is one.",
    { file: files.map((f) => f.display).join(", ") },
  );
}

/**
 * What a file is, from its content. Refuses what is clearly not an export (PDF, zip, binary,
 * empty) with a specific message; returns every adapter's candidate, best first.
 */
export function detectFile(sample: FileSample, bytes: Buffer, display: string): Detection[] {
  const where = { file: display };
  if (bytes.length === 0 || sample.head.trim() === "") {
    throw new RetroError("The file is empty.", "Download the export again; an interrupted download leaves an empty file.", where);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new RetroError("The file is UTF-16 text, not UTF-8.", "Re-save it as UTF-8 (in a spreadsheet: Save As > CSV UTF-8), or download it again from the submission system.", where);
  }
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") {
    throw new RetroError("This is a PDF, not an export.", "Give the CSV or JSON that the submission system downloads (not a paper or a printed page).", where);
  }
  if (isZip(bytes)) {
    const workbook = workbookSample(bytes, display);
    if (!workbook) throw new RetroError("This zip archive is neither an export bundle nor an Excel workbook.", "Give the bundle as the submission system downloaded it (e.g. EasyChair's CSV zip), or its files.", where);
    return candidates({ ...sample, workbook });
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new RetroError("This is a binary file, not a text export.", "Give the CSV or JSON export (a spreadsheet must be saved as CSV UTF-8).", where);
  }
  return candidates(sample);
}

function candidates(sample: FileSample): Detection[] {
  return ADAPTERS.map((a) => a.detect(sample))
    .filter((d): d is Detection => d !== null)
    .sort((a, b) => b.confidence - a.confidence);
}

/** True when a zip is an .xlsx workbook rather than a bundle of exports. */
export function isWorkbookZip(bytes: Uint8Array, display: string): boolean {
  return listZip(bytes, display).some((e) => e.name === "xl/workbook.xml");
}

/** Whether some adapter expects this member (base name) in a downloaded zip bundle. */
export function isBundleMember(name: string): boolean {
  return ADAPTERS.some((a) => a.bundleMember?.(name));
}

/** An .xlsx workbook's sheet names and shared strings (its zip checked first); null if not one. */
function workbookSample(bytes: Uint8Array, display: string): FileSample["workbook"] | null {
  if (!isWorkbookZip(bytes, display)) return null;
  // Inline strings (some writers skip the shared-strings table) sit in the sheets themselves.
  const wanted = new Set(["xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]);
  const members = readZip(bytes, display, (e) => wanted.has(e.name));
  const text = (name: string) => new TextDecoder().decode(members.find((m) => m.name === name)?.data ?? new Uint8Array(0));
  const sheets: string[] = [];
  parseXml(text("xl/workbook.xml"), display, {
    open: (tag) => void (tag.name.replace(/^\w+:/, "") === "sheet" && sheets.push(String(tag.attributes.name ?? ""))),
    close: () => undefined,
    text: () => undefined,
  });
  return { sheets, strings: `${text("xl/sharedStrings.xml").slice(0, 262144)}${text("xl/worksheets/sheet1.xml").slice(0, 262144)}` };
}
