/** What was submitted and what was accepted: areas, kinds, challenges, methods. */
import { tripletSpec, type TripletPoint } from "../../charts/acceptance.ts";
import { isSuppressed, type Cell, type PublishedTriplet } from "../../stats/index.ts";
import { GROUPINGS, type EditionFacts, type Grouping } from "../../views/index.ts";
import { chart, table, type Section } from "../doc.ts";
import { capitalize, cell, list, num, papers, pct, plain, span } from "../words.ts";

const NAMES: Record<Grouping, { title: string; plural: string }> = {
  area: { title: "Systems areas", plural: "areas" },
  kind: { title: "Kinds of submission", plural: "kinds" },
  challenge: { title: "Practical challenges", plural: "challenges" },
  method: { title: "ML methods", plural: "methods" },
};

const KIND_NAMES: Record<string, string> = { deployment: "deployment experiences", research: "research techniques", position: "position papers", benchmark: "benchmark and tool papers" };

const isLabel = (group: string) => !group.startsWith("(");

function share(x: PublishedTriplet["shareOfSubmissions"]): number | null {
  return isSuppressed(x) ? null : x;
}

/**
 * "A (20%)" or "A and B (15% each)" for the groups sharing the largest share. With suppressed
 * rows, only when the published total proves no hidden group can be as large.
 */
function leaders(rows: PublishedTriplet[], pick: (r: PublishedTriplet) => number | null, countOf: (r: PublishedTriplet) => Cell, total: Cell): string | null {
  const shown = rows.filter((r) => isLabel(r.group) && pick(r) !== null);
  if (shown.length === 0 || isSuppressed(total)) return null;
  const hidden = rows.filter((r) => isSuppressed(countOf(r)));
  if (hidden.length > 0) {
    const published = rows.reduce((a, r) => a + (isSuppressed(countOf(r)) ? 0 : (countOf(r) as number)), 0);
    const largest = Math.max(...shown.map((r) => countOf(r) as number));
    if (!(largest > total - published + 1e-9)) return null;
  }
  const best = Math.max(...shown.map((r) => Math.round(pick(r)! * 100)));
  const top = shown.filter((r) => Math.round(pick(r)! * 100) === best).map((r) => r.group);
  if (top.length > 3) return `${num(top.length)} groups tied (${best}% each)`;
  return `${list(top)} (${best}%${top.length > 1 ? " each" : ""})`;
}

function rangeSentence(rows: PublishedTriplet[], grouping: Grouping, k: number): string | null {
  const rated = rows.filter((r) => isLabel(r.group) && !isSuppressed(r.acceptance) && !isSuppressed(r.submissions) && r.submissions >= k && r.acceptance.rate !== null);
  if (rated.length < 2) return null;
  const rate = (r: PublishedTriplet) => (isSuppressed(r.acceptance) ? 0 : r.acceptance.rate!);
  const low = rated.reduce((a, b) => (rate(b) < rate(a) ? b : a));
  const high = rated.reduce((a, b) => (rate(b) > rate(a) ? b : a));
  const name = (r: PublishedTriplet) => (grouping === "kind" ? kindName(r.group) : r.group);
  const among = rows.some((r) => isSuppressed(r.acceptance)) ? `Among the ${NAMES[grouping].plural} published here with at least ${k} submissions` : `Among ${NAMES[grouping].plural} with at least ${k} submissions`;
  if (Math.round(rate(low) * 100) === Math.round(rate(high) * 100)) return `${among}, acceptance was ${pct(rate(low))} throughout.`;
  return `${among}, acceptance ranged from ${pct(rate(low))} (${name(low)}) to ${pct(rate(high))} (${name(high)}); the intervals in the table show how little tens of papers can tell apart.`;
}

function kindSentence(rows: PublishedTriplet[]): string | null {
  const shown = rows.filter((r) => isLabel(r.group) && share(r.shareOfSubmissions) !== null);
  if (shown.length === 0) return null;
  const both = (r: PublishedTriplet) => (share(r.shareOfAccepted) !== null ? `${pct(share(r.shareOfSubmissions)!)} and ${pct(share(r.shareOfAccepted)!)}` : pct(share(r.shareOfSubmissions)!));
  const [first, ...rest] = shown;
  const head = `${capitalize(kindName(first.group))} made up ${share(first.shareOfAccepted) !== null ? `${pct(share(first.shareOfSubmissions)!)} of submissions and ${pct(share(first.shareOfAccepted)!)} of accepted papers` : `${pct(share(first.shareOfSubmissions)!)} of submissions`}`;
  return `${[head, ...rest.map((r) => `${kindName(r.group)} ${both(r)}`)].join("; ")}.`;
}

const kindName = (group: string) => KIND_NAMES[group] ?? group;

function tripletRows(rows: PublishedTriplet[]): string[][] {
  return rows.map((r) => [
    r.group,
    cell(r.submissions, papers),
    cell(r.shareOfSubmissions, pct),
    cell(r.accepted, papers),
    isSuppressed(r.acceptance) ? cell(r.acceptance) : r.acceptance.rate === null ? "–" : `${pct(r.acceptance.rate)} (${span(r.acceptance.interval!.low, r.acceptance.interval!.high)})`,
    cell(r.shareOfAccepted, pct),
  ]);
}

function chartPoints(rows: PublishedTriplet[]): TripletPoint[] {
  return rows.map((r) => ({
    group: r.group,
    submissions: plain(r.submissions),
    accepted: plain(r.accepted),
    shareOfSubmissions: plain(r.shareOfSubmissions),
    rate: isSuppressed(r.acceptance) ? null : r.acceptance.rate,
    low: isSuppressed(r.acceptance) ? null : (r.acceptance.interval?.low ?? null),
    high: isSuppressed(r.acceptance) ? null : (r.acceptance.interval?.high ?? null),
    shareOfAccepted: plain(r.shareOfAccepted),
    suppressed: isSuppressed(r.submissions),
  }));
}

function part(f: EditionFacts, grouping: Grouping, areas: string[]): Section {
  const rows = f.topics.groupings[grouping].rows;
  const summary: string[] = [];
  if (grouping === "kind") {
    const s = kindSentence(rows);
    if (s) summary.push(s);
  } else {
    const table = f.topics.groupings[grouping].table;
    const most = leaders(rows, (r) => share(r.shareOfSubmissions), (r) => r.submissions, table.total);
    const accepted = leaders(rows, (r) => share(r.shareOfAccepted), (r) => r.accepted, table.columnTotals[0]);
    const several = Boolean(most?.includes(" each)"));
    const tied = (s: string | null) => (s?.includes(" groups tied") ? s.replace(" groups tied", ` ${NAMES[grouping].plural} tied`) : s);
    if (most) summary.push(`The most submitted ${several ? NAMES[grouping].plural : grouping} ${several ? "were" : "was"} ${tied(most)}${accepted ? `; among accepted papers, ${tied(accepted)}` : ""}.`);
  }
  const range = rangeSentence(rows, grouping, f.k);
  if (range) summary.push(range);
  if (summary.length === 0 && rows.some((r) => isSuppressed(r.submissions))) summary.push("Most of this table is suppressed in this version of the report.");
  const confidence = Math.round(f.confidence * 100);
  return {
    id: `by-${grouping}`,
    title: NAMES[grouping].title,
    summary,
    blocks: [
      table(`Submissions and acceptance by ${grouping}`, [capitalize(grouping), "Submissions", "Share", "Accepted", `Acceptance (${confidence}% CI)`, "Share of accepted"], tripletRows(rows)),
      ...(rows.some((r) => !isSuppressed(r.shareOfSubmissions)) ? [chart(`triplet-${grouping}`, `${NAMES[grouping].title}: share and acceptance`, tripletSpec(chartPoints(rows), { width: 640, groupTitle: capitalize(grouping), areas: grouping === "area" ? areas : null, title: `${NAMES[grouping].title}: share and acceptance` }))] : []),
    ],
  };
}

/** `areas` is the taxonomy's area list, so that areas keep the dashboard's colours. */
export function topicsSection(f: EditionFacts, areas: string[]): Section {
  const total = f.glance.current.submissions;
  const classified = f.topics.classified;
  const summary: string[] = [];
  if (classified === 0) {
    summary.push("The papers of this edition are not classified yet (run `retro classify`), so there is no breakdown by area, kind, challenge or method.");
  } else {
    const of = isSuppressed(total) ? "" : classified === total ? `All ${num(total)} submissions are classified` : `${num(classified)} of ${num(total)} submissions are classified`;
    summary.push(`${of ? `${of} by` : "Submissions are classified by"} systems area, kind, practical challenge and ML method (the paper classifier, with the chairs' labels where they gave one). A paper with several labels counts fractionally (1/n) in each, so shares add up to 100%.`);
  }
  return {
    id: "submitted",
    title: "What was submitted and what was accepted",
    summary,
    blocks: [],
    parts: classified === 0 ? [] : GROUPINGS.map((g) => part(f, g, areas)),
  };
}
