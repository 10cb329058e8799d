/**
 * Which submission system exports an edition, and how that system names a submission: HotCRP,
 * EasyChair and CMT number papers 1..n, OpenReview gives each note a random-looking id.
 */
import { createHash } from "node:crypto";
import type { EditionSpec, ExportFormat, Paper, SampleSystem } from "./types.ts";

export function systemOf(format: ExportFormat): SampleSystem {
  switch (format) {
    case "web":
    case "v2":
    case "v3":
      return "hotcrp";
    case "openreview-v2":
      return "openreview";
    case "easychair":
      return "easychair";
    case "cmt":
      return "cmt";
  }
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A deterministic OpenReview-style id ("zSPeyHfqS2"), `length` base-62 characters of a hash of `key`. */
export function openreviewId(key: string, length = 10): string {
  const digest = createHash("sha256").update(key).digest();
  let out = "";
  for (let i = 0; i < length; i++) out += BASE62[digest[i] % 62];
  return out;
}

/** The OpenReview venue id of an edition: "MLSys.org/2024/Workshop/PACMI". */
export function venueId(spec: EditionSpec): string {
  return `MLSys.org/${spec.year}/Workshop/PACMI`;
}

/** The submission's id as its system exports it, which is the id the archive keeps. */
export function exportedId(spec: EditionSpec, paper: Paper): string {
  return spec.format === "openreview-v2" ? openreviewId(`${venueId(spec)}/Submission${paper.pid}`) : String(paper.pid);
}
