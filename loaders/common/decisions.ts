/**
 * Decision labels, exactly as exported, mapped to a canonical status and presentation.
 * The workshop configuration's `decisions` win (matched case-insensitively); otherwise the
 * defaults below recognise the common labels of HotCRP, OpenReview, EasyChair and CMT.
 * A label matching nothing is an error: silently guessing would corrupt acceptance rates.
 */
import type { DecisionRule } from "../../src/lib/config/schema.ts";
import type { Status } from "../../src/lib/model/records.ts";

export interface MappedDecision {
  status: Status;
  presentation: string | null;
}

const PENDING = /^(unspecified|undecided|pending|none|n\/?a|no decision|submitted|-)?$/i;

/** Maps a decision label; returns null for a label neither the config nor the defaults know. */
export function mapDecision(label: string, configured: Record<string, DecisionRule>): MappedDecision | null {
  const trimmed = label.trim();
  for (const [key, rule] of Object.entries(configured)) {
    if (key.trim().toLowerCase() === trimmed.toLowerCase()) {
      return { status: rule.status, presentation: rule.presentation ?? (rule.status === "accepted" ? presentationOf(trimmed) : null) };
    }
  }
  return defaultDecision(trimmed);
}

export function defaultDecision(label: string): MappedDecision | null {
  const l = label.toLowerCase();
  if (PENDING.test(l)) return { status: "pending", presentation: null };
  if (/desk/.test(l) && /reject/.test(l)) return { status: "desk_rejected", presentation: null };
  if (/withdr/.test(l)) return { status: "withdrawn", presentation: null };
  if (/^(reject|rejected|refuse|decline)/.test(l) || /^(strong |weak )?reject/.test(l)) return { status: "rejected", presentation: null };
  if (/^(accept|accepted|invite|conditional(ly)? accept)/.test(l) || /^(accept|accepted)\b/.test(l)) {
    return { status: "accepted", presentation: presentationOf(l) };
  }
  return null;
}

/** oral / spotlight / poster / demo from a label such as "Accept (Oral)" or "Accepted: talk". */
export function presentationOf(label: string): string | null {
  const l = label.toLowerCase();
  // ICLR 2023: "Accept: notable-top-5%" were the orals, "notable-top-25%" the spotlights.
  if (/notable[- ]top[- ]5%/.test(l)) return "oral";
  if (/notable[- ]top[- ]25%/.test(l)) return "spotlight";
  if (/spotlight/.test(l)) return "spotlight";
  if (/\b(oral|talk|presentation)\b/.test(l)) return "oral";
  if (/poster/.test(l)) return "poster";
  if (/\bdemo/.test(l)) return "demo";
  if (/lightning/.test(l)) return "lightning";
  // ICLR 2017/18 "Invite to Workshop Track": accepted, to the workshop track.
  if (/workshop/.test(l)) return "workshop";
  return null;
}

/** Text for the unknown-label error: what is known and how to map the label. */
export function unknownDecisionFix(label: string, configured: Record<string, DecisionRule>): string {
  const known = Object.keys(configured);
  return (
    `Add it to "decisions" in workshop.config.json, e.g. "decisions": { "${label}": { "status": "accepted", "presentation": "poster" } } ` +
    `(status: accepted | rejected | desk_rejected | withdrawn | pending). ` +
    (known.length ? `Configured labels: ${known.map((k) => `"${k}"`).join(", ")}. ` : "") +
    `Recognised without configuration: labels starting with Accept/Accepted/Invite (presentation from "oral", "spotlight", "poster"), Reject/Rejected, "Desk reject", "Withdrawn", "Unspecified".`
  );
}
