/**
 * Every export system's adapter, and content-based recognition of input files.
 * Adding a system = one adapter module + its line here + its fixtures + its README row.
 */
import { RetroError } from "../src/lib/errors.ts";
import type { System } from "../src/lib/model/records.ts";
import { hotcrp } from "./hotcrp/index.ts";
import type { Adapter, Detection, FileSample } from "./types.ts";

export const ADAPTERS: Adapter[] = [hotcrp];

export function adapterFor(system: System): Adapter {
  const adapter = ADAPTERS.find((a) => a.system === system);
  if (!adapter) {
    throw new RetroError(`No adapter for "${system}" yet.`, `Supported systems: ${ADAPTERS.map((a) => a.system).join(", ")}.`);
  }
  return adapter;
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
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") {
    throw new RetroError("This is a PDF, not an export.", "Give the CSV or JSON that the submission system downloads (not a paper or a printed page).", where);
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw new RetroError("This is a zip archive.", "Unzip it and pass the folder (EasyChair bundles are supported by their own adapter when available).", where);
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new RetroError("This is a binary file, not a text export.", "Give the CSV or JSON export (a spreadsheet must be saved as CSV UTF-8).", where);
  }
  return ADAPTERS.map((a) => a.detect(sample))
    .filter((d): d is Detection => d !== null)
    .sort((a, b) => b.confidence - a.confidence);
}
