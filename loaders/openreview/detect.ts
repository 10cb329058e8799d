/** Recognises a JSON array of OpenReview notes (API v1 `invitation`, API v2 `invitations`). */
import type { Detection, FileSample } from "../types.ts";

export function detectOpenReview(sample: FileSample): Detection | null {
  const head = sample.head.trimStart();
  if (!head.startsWith("[") && !head.startsWith("{")) return null;
  const v2 = /"invitations"\s*:\s*\[/.test(head);
  const v1 = /"invitation"\s*:\s*"/.test(head);
  if (!v1 && !v2) return null;
  const noteLike = /"forum"\s*:/.test(head) || /"content"\s*:\s*\{/.test(head);
  return { system: "openreview", kind: v2 ? "notes-v2-json" : "notes-v1-json", confidence: noteLike ? 0.95 : 0.6 };
}
