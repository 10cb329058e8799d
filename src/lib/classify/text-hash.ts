/** The fingerprint of what the classifier reads of a paper: a changed hash means reclassify. */
import { createHash } from "node:crypto";
import type { PaperText } from "./features.ts";

export function textHash(paper: PaperText): string {
  const parts = [paper.title, paper.abstract ?? "", (paper.keywords ?? []).join(";"), (paper.topics ?? []).join(";")];
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}
