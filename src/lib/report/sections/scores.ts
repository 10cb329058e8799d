/** Scores and decisions: agreement, distributions, the borderline band, decisions against scores. */
import { acceptanceByScoreSpec, alphaSpec, scoresByDecisionSpec, type AlphaRow, type ScoreBinPoint, type ScoreCount } from "../../charts/reviewing.ts";
import { isSuppressed, wilson, type CountTable } from "../../stats/index.ts";
import type { EditionFacts } from "../../views/index.ts";
import { chart, table, type Block, type Section } from "../doc.ts";
import { cell, count, dec, num, pct, plain, plural } from "../words.ts";

const STATUS: Record<string, string> = { accepted: "accepted", rejected: "rejected", desk_rejected: "desk-rejected", withdrawn: "withdrawn", pending: "pending" };

function agreementSentence(f: EditionFacts): string | null {
  const a = f.scores.agreement;
  if (f.scores.scored === 0) return null;
  if (isSuppressed(a.alpha)) return "Reviewer agreement is suppressed in this version of the report.";
  if (a.alpha === null || a.units === 0) return "No paper has two scored reviews, so reviewer agreement cannot be measured.";
  const interval = isSuppressed(a.low) || isSuppressed(a.high) || a.low === null || a.high === null ? "" : ` (${Math.round(f.confidence * 100)}% bootstrap CI ${dec(a.low, 2)} to ${dec(a.high, 2)}, ${num(a.resamples)} resamples)`;
  return `Reviewers' overall scores agree with Krippendorff's alpha (ordinal) of ${dec(a.alpha, 2)}${interval}, over ${count(a.units, "paper")} with at least two scores; 0.8 is usually read as reliable and 0.667 as enough for tentative conclusions.`;
}

function meansSentence(f: EditionFacts): string | null {
  const means = f.scores.meanByDecision.filter((m) => (m.status === "accepted" || m.status === "rejected") && typeof m.mean === "number").sort((a, b) => (a.status === "accepted" ? -1 : b.status === "accepted" ? 1 : 0));
  if (means.length === 0 || !f.scores.range) return null;
  const [first, ...rest] = means;
  const scale = f.scores.range.min === f.scores.range.max ? "" : ` (scores given: ${num(f.scores.range.min)} to ${num(f.scores.range.max)}; higher is better)`;
  const others = rest.map((m) => `, those of ${STATUS[m.status]} papers ${dec(m.mean as number, 2)}`).join("");
  return `Reviews of ${STATUS[first.status]} papers gave a mean overall score of ${dec(first.mean as number, 2)}${others}${scale}.`;
}

function bandSentence(f: EditionFacts): string | null {
  const b = f.scores.band;
  if (!b) return null;
  const counts = isSuppressed(b.accepted) || isSuppressed(b.rejected) ? "" : ` and holds ${num(b.accepted)} accepted and ${num(b.rejected)} rejected ${plural(b.rejected, "paper")}`;
  if (b.separated) return `Every accepted paper out-scored every rejected one: the lowest accepted mean score was ${dec(b.high, 2)}, the highest rejected ${dec(b.low, 2)}.`;
  return `The borderline band, where scores alone did not decide, runs from a mean score of ${dec(b.low, 2)} to ${dec(b.high, 2)}${counts}.`;
}

function againstSentence(f: EditionFacts): string | null {
  const a = f.scores.against;
  if (!a) return null;
  const acc = a.counts.cells[0][0];
  const rej = a.counts.cells[1][0];
  if (isSuppressed(acc) || isSuppressed(rej)) return "How many papers were decided against their scores is suppressed in this version of the report.";
  if (acc + rej === 0) return "Every decision followed the ranking by mean score.";
  const parts = [acc > 0 && `${count(acc, "accepted paper")} scored below the cut`, rej > 0 && `${count(rej, "rejected paper")} scored above it`].filter((p): p is string => Boolean(p));
  return `Had the same ${num(f.glance.current.accepted)} papers been accepted by mean score alone (a cut at ${dec(a.threshold, 2)}), ${count(acc + rej, "decision")} would have gone the other way: ${parts.join(" and ")}.`;
}

function distribution(t: CountTable): ScoreCount[] {
  return t.rows.flatMap((group, r) =>
    t.columns.flatMap((value, c) => {
      const n = t.cells[r][c];
      return isSuppressed(n) ? [] : [{ decision: group, score: Number(value), reviews: Math.round(n) }];
    }),
  );
}

function scoreBins(t: CountTable, width: number, confidence: number): ScoreBinPoint[] {
  return t.rows.flatMap((label, r) => {
    const [a, rej] = t.cells[r];
    if (isSuppressed(a) || isSuppressed(rej) || a + rej === 0) return [];
    const from = Number(label.split("-")[0]);
    const p = wilson(a, a + rej, { confidence });
    return [{ from, to: from + width, papers: a + rej, accepted: a, rate: p.rate, low: p.interval?.low ?? null, high: p.interval?.high ?? null }];
  });
}

function distributionTable(t: CountTable, caption: string): Block {
  return table(caption, ["", ...t.columns, "Reviews"], t.rows.map((r, i) => [STATUS[r] ?? r, ...t.cells[i].map((c) => cell(c, (v) => num(Math.round(v)))), cell(t.rowTotals[i], (v) => num(Math.round(v)))]));
}

/** The "overall" row repeats the configured overall field (e.g. "Overall merit"): show it once. */
function withoutDuplicateOverall(t: CountTable): CountTable {
  const i = t.rows.indexOf("overall");
  if (i < 0) return t;
  const same = t.rows.some((_, j) => j !== i && JSON.stringify(t.cells[j]) === JSON.stringify(t.cells[i]));
  if (!same) return t;
  const keep = (_: unknown, j: number) => j !== i;
  return { ...t, rows: t.rows.filter(keep), cells: t.cells.filter(keep), rowTotals: t.rowTotals.filter(keep) };
}

/** Longest paper list a report prints; the sentences give the full counts. */
const LIST_LIMIT = 20;

export function scoresSection(f: EditionFacts): Section {
  const s = f.scores;
  const blocks: Block[] = [];
  if (s.scored > 0) {
    const byArea = s.agreement.byArea;
    const alphaRow = (label: string, n: unknown, v: Record<string, unknown>) => [label, cell(n as number), cell(v.alpha as number, (x) => dec(x, 2)), isSuppressed(v.low) || isSuppressed(v.high) ? cell(v.low as never) : v.low === null ? "–" : `${dec(v.low as number, 2)} to ${dec(v.high as number, 2)}`];
    blocks.push(
      table(
        "Agreement (Krippendorff's alpha, ordinal) by area",
        ["Area", "Papers", "Alpha", `${Math.round(f.confidence * 100)}% CI`],
        [...byArea.rows.map((r) => alphaRow(r.label, r.n, r.values)), ...(byArea.total ? [alphaRow("all papers", byArea.total.n, byArea.total.values)] : [])],
      ),
    );
    const alphas: AlphaRow[] = [...byArea.rows, ...(byArea.total ? [{ ...byArea.total, label: "all papers" }] : [])].flatMap((r) =>
      isSuppressed(r.n) || typeof r.values.alpha !== "number" ? [] : [{ label: r.label, n: r.n, alpha: r.values.alpha, low: plain(r.values.low as number | null), high: plain(r.values.high as number | null) }],
    );
    if (alphas.length > 1) blocks.push(chart("agreement-by-area", "Reviewer agreement by area", alphaSpec(alphas, { width: 420, groupTitle: "Area" })));
    blocks.push(distributionTable(s.byDecision, "Overall scores by decision (reviews)"));
    const dist = distribution(s.byDecision);
    if (dist.length) blocks.push(chart("scores-by-decision", "Overall scores by decision", scoresByDecisionSpec(dist, { width: 420 })));
    const fields = withoutDuplicateOverall(s.byField);
    if (fields.rows.length > 1) blocks.push(distributionTable(fields, "Every score field (reviews per value)"));
    const bins = scoreBins(s.acceptanceByScore, s.binWidth, f.confidence);
    if (bins.length) {
      blocks.push(
        table(
          `Decisions by mean overall score (bins of ${s.binWidth}, each from its lower bound up to, not including, the next)`,
          ["Mean score", "Accepted", "Rejected", "Accepted share"],
          s.acceptanceByScore.rows.map((r, i) => {
            const [a, rej] = s.acceptanceByScore.cells[i];
            return [r.replace("-", " to "), cell(a), cell(rej), isSuppressed(a) || isSuppressed(rej) || a + rej === 0 ? cell(isSuppressed(a) ? a : isSuppressed(rej) ? rej : null) : pct(a / (a + rej))];
          }),
        ),
      );
      blocks.push(chart("acceptance-by-score", "Acceptance by mean score", acceptanceByScoreSpec(bins, s.band && { low: s.band.low, high: s.band.high }, { width: 420 })));
    }
    const papers = s.against?.papers;
    if (papers && papers.kind === "papers" && papers.rows.length > 0) {
      const shown = papers.rows.length > LIST_LIMIT ? [...papers.rows].sort((a, b) => Math.abs(b.margin) - Math.abs(a.margin)).slice(0, LIST_LIMIT) : papers.rows;
      const which = shown.length < papers.rows.length ? `, the ${LIST_LIMIT} furthest from the cut of ${num(papers.rows.length)}` : "";
      blocks.push(
        table(
          f.audience === "chair" ? `Papers decided against their scores (chairs only${which})` : `Papers decided against their scores (rejected papers without identity${which})`,
          ["Paper", "Title", "Decision", "Mean score", "Rank by score"],
          shown.map((p) => [p.submission_id ?? "(withheld)", p.title ?? "(withheld)", STATUS[p.status], dec(p.mean, 2), num(p.rank)]),
          [false, false, false, true, true],
        ),
      );
    }
  }
  const confidence = s.confidence && typeof s.confidence.scoreCorrelation === "number" ? `Reviewer confidence and overall score have a Spearman correlation of ${dec(s.confidence.scoreCorrelation, 2)} over ${count(s.confidence.reviews, "review")}.` : null;
  return {
    id: "scores",
    title: "Scores, agreement and decisions",
    summary: s.scored === 0 ? ["No review carries an overall score, so there are no score statistics."] : [agreementSentence(f), meansSentence(f), bandSentence(f), againstSentence(f), confidence].filter((x): x is string => Boolean(x)),
    blocks,
  };
}

