/**
 * Every chart spec of the dashboard compiles with Vega-Lite and draws marks when rendered
 * (in Node, as the report renders them), with the exact numbers in its tooltips.
 */
import { describe, expect, it } from "vitest";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { acceptanceByEditionSpec, deploymentByEditionSpec, funnelSpec, submissionsByEditionSpec } from "../../src/lib/charts/overview.ts";
import { areaKindHeatmapSpec, areasByEditionSpec, groupsWithAcceptanceSpec } from "../../src/lib/charts/topics.ts";
import { tripletSpec } from "../../src/lib/charts/acceptance.ts";
import { acceptanceByScoreSpec, alphaSpec, completionSpec, countBarsSpec, leniencySpec, scoresByDecisionSpec } from "../../src/lib/charts/reviewing.ts";
import { growthSpec, kindShareSpec, rebuttalSpec } from "../../src/lib/charts/trends.ts";
import { areaScale } from "../../src/lib/charts/theme.ts";

async function svg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  return view.toSVG();
}

const rate = (r: number) => ({ rate: r, low: r - 0.1, high: r + 0.1, n: 20 });
const editions = [
  { edition: "2024", submitted: 40, accepted: 20, acceptanceRate: 0.5, acceptanceLow: 0.35, acceptanceHigh: 0.65, deploymentShare: 0.3, deploymentLow: 0.2, deploymentHigh: 0.45 },
  { edition: "2025", submitted: 50, accepted: 22, acceptanceRate: 0.44, acceptanceLow: 0.31, acceptanceHigh: 0.58, deploymentShare: 0.4, deploymentLow: 0.28, deploymentHigh: 0.53 },
];
const groups = [
  { group: "Databases", submissions: 10.5, accepted: 4.5, rate: 0.43, low: 0.2, high: 0.7, shareOfSubmissions: 0.18, shareOfAccepted: 0.16 },
  { group: "Compilers", submissions: 7, accepted: null, rate: null, low: null, high: null, shareOfSubmissions: 0.12, shareOfAccepted: null, suppressed: true },
];

const specs: Record<string, TopLevelSpec> = {
  submissionsByEdition: submissionsByEditionSpec(editions, { highlight: "2025" }),
  acceptanceByEdition: acceptanceByEditionSpec(editions),
  deploymentByEdition: deploymentByEditionSpec(editions),
  funnel: funnelSpec([{ outcome: "accepted (oral)", papers: 5 }, { outcome: "rejected", papers: 20 }, { outcome: "withdrawn", papers: null }]),
  heatmap: areaKindHeatmapSpec([{ area: "Databases", kind: "research", papers: 3.5 }, { area: "Databases", kind: "deployment", papers: null, suppressed: true }]),
  areasByEdition: areasByEditionSpec([{ edition: "2024", area: "Databases", papers: 4, share: 0.1 }, { edition: "2025", area: "Compilers", papers: 6, share: 0.12 }], { mode: "share", areas: ["Compilers", "Databases"] }),
  groupsWithAcceptance: groupsWithAcceptanceSpec(groups, { areas: ["Compilers", "Databases"] }),
  triplet: tripletSpec(groups),
  scoresByDecision: scoresByDecisionSpec([{ decision: "accepted", score: 4, reviews: 12 }, { decision: "rejected", score: 2, reviews: 9 }]),
  acceptanceByScore: acceptanceByScoreSpec([{ from: 2, to: 3, papers: 10, accepted: 3, ...rate(0.3) }], { low: 2.4, high: 3.2 }),
  alpha: alphaSpec([{ label: "all", n: 50, alpha: 0.41, low: 0.2, high: 0.6 }]),
  completion: completionSpec([{ day: -3, completed: 10, share: 0.2 }, { day: 0, completed: 45, share: 0.9 }]),
  counts: countBarsSpec([{ load: 3, reviewers: 10 }], { x: "load", y: "reviewers", xTitle: "Reviews", yTitle: "Reviewers" }),
  leniency: leniencySpec([{ reviewer: "r-0123456789ab", reviews: 5, leniency: 0.4 }]),
  kindShare: kindShareSpec([{ edition: "2024", deployment: rate(0.3), research: rate(0.5) }], { highlight: "2024" }),
  growth: growthSpec([{ edition: "2024", submissions: 40, reviewers: 20, newReviewers: 20 }], { highlight: "2024" }),
  rebuttal: rebuttalSpec([{ label: "2024", up: 10, down: 3, same: 40 }]),
};

describe("the dashboard's chart specs", () => {
  for (const [name, spec] of Object.entries(specs)) {
    it(`${name} compiles and draws marks`, async () => {
      const out = await svg(spec);
      expect(out, name).toMatch(/<path|<line|<rect|<text/);
      expect(out.match(/class="mark-/g)?.length ?? 0, `${name}: marks`).toBeGreaterThan(0);
    });
  }

  it("every mark carries a tooltip with the exact numbers", () => {
    const json = JSON.stringify(specs);
    for (const name of Object.keys(specs)) expect(JSON.stringify(specs[name]), name).toMatch(/"tooltip"/);
    expect(json).toMatch(/"format":"\.1%"/);
  });

  it("an area keeps its colour whichever areas are present", () => {
    const all = ["Computer Architecture", "Databases", "Compilers"];
    const full = areaScale(all);
    const some = areaScale(all, ["Compilers", "(none)"]);
    expect(some.range[some.domain.indexOf("Compilers")]).toBe(full.range[full.domain.indexOf("Compilers")]);
    expect(some.range[some.domain.indexOf("(none)")], "groups outside the taxonomy are grey").toBe("#9aa5b1");
  });
});
