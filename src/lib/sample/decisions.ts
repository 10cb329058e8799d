/** The decision labels the sample workshop uses, and what each means for the archive. */
import type { Status } from "../model/records.ts";

export const DECISION = {
  oral: "Accepted (oral)",
  poster: "Accepted (poster)",
  rejected: "Rejected",
  deskRejected: "Desk rejected",
} as const;

/** HotCRP's name for "no decision", shown for withdrawn papers. */
export const UNDECIDED = "Unspecified";

export const DECISION_RULES: Record<string, { status: Status; presentation: "oral" | "poster" | null }> = {
  [DECISION.oral]: { status: "accepted", presentation: "oral" },
  [DECISION.poster]: { status: "accepted", presentation: "poster" },
  [DECISION.rejected]: { status: "rejected", presentation: null },
  [DECISION.deskRejected]: { status: "desk_rejected", presentation: null },
  [UNDECIDED]: { status: "pending", presentation: null },
};

/** The category HotCRP's v3 JSON puts in `status`. */
export function jsonStatusCategory(status: Status): "accept" | "reject" | "desk_reject" | "withdrawn" | "submitted" {
  switch (status) {
    case "accepted": return "accept";
    case "rejected": return "reject";
    case "desk_rejected": return "desk_reject";
    case "withdrawn": return "withdrawn";
    case "pending": return "submitted";
  }
}
