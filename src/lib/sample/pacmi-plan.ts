/**
 * The five sample editions of a PACMI-like workshop: growing submissions and committee,
 * a rising share of deployment papers and of LLM methods, and the system each edition ran on,
 * exported in its native format: HotCRP web CSVs in 2022, HotCRP v2 JSON in 2023, an
 * OpenReview API v2 dump in 2024, an EasyChair CSV bundle in 2025, CMT's Excel exports in 2026.
 */
import type { EditionSpec } from "./types.ts";

const aoe = (date: string) => `${date}T23:59:00-12:00`;

function edition(
  year: number, submissions: number, committeeSize: number, deploymentShare: number, acceptRate: number,
  removed: { withdrawn: number; deskRejected: number }, dates: [string, string, string],
  format: EditionSpec["format"], llmShare: number, exceptions: number, overallScale: EditionSpec["overallScale"] = "numeric",
): EditionSpec {
  const reviewed = submissions - removed.withdrawn - removed.deskRejected;
  return {
    year, confid: `pacmi${String(year).slice(2)}`, submissions, committeeSize, deploymentShare, acceptRate,
    ...removed, totalReviews: 3 * reviewed,
    deadlines: { submission: aoe(dates[0]), review: aoe(dates[1]), notification: aoe(dates[2]) },
    format, overallScale, llmShare, exceptions,
  };
}

export const PACMI_EDITIONS: readonly EditionSpec[] = [
  edition(2022, 28, 20, 0.2, 0.65, { withdrawn: 1, deskRejected: 1 }, ["2022-03-04", "2022-03-25", "2022-04-01"], "web", 0.03, 1),
  edition(2023, 34, 24, 0.26, 0.62, { withdrawn: 1, deskRejected: 2 }, ["2023-03-31", "2023-04-14", "2023-04-21"], "v2", 0.06, 1),
  edition(2024, 41, 28, 0.33, 0.58, { withdrawn: 2, deskRejected: 1 }, ["2024-03-22", "2024-04-05", "2024-04-12"], "openreview-v2", 0.18, 2),
  edition(2025, 50, 31, 0.39, 0.55, { withdrawn: 2, deskRejected: 2 }, ["2025-03-28", "2025-04-11", "2025-04-18"], "easychair", 0.26, 1),
  edition(2026, 58, 35, 0.45, 0.52, { withdrawn: 2, deskRejected: 2 }, ["2026-03-27", "2026-04-10", "2026-04-17"], "cmt", 0.34, 2, "letter"),
];
