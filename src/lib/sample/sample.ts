/**
 * The embedded sample: five editions of a PACMI-like workshop as HotCRP exports, with the
 * workshop configuration, a ground-truth file for classification, and a README.
 */
import { rotatingCommittees } from "./committee.ts";
import { ProblemPicker } from "./context.ts";
import { DECISION_RULES } from "./decisions.ts";
import { planEdition } from "./edition.ts";
import { groundTruthCsv } from "./ground-truth.ts";
import { hotcrpFiles } from "./hotcrp-files.ts";
import { PACMI_EDITIONS } from "./pacmi-plan.ts";
import { Population } from "./people.ts";
import { Rng } from "./prng.ts";
import { SAMPLE_README } from "./readme.ts";
import { SystemNamer } from "./system-names.ts";
import type { EditionSpec, Paper } from "./types.ts";

export const SAMPLE_SEED = "pacmi-sample-1";

export interface SampleEdition {
  id: string;
  spec: EditionSpec;
  papers: Paper[];
}

/** The editions with their papers, before they are written as files. */
export function planSample(seed: string = SAMPLE_SEED, specs: readonly EditionSpec[] = PACMI_EDITIONS): SampleEdition[] {
  const rng = new Rng(seed);
  const people = new Population(rng.fork("people"), 480);
  const committees = rotatingCommittees(rng.fork("committees"), people, specs.map((s) => s.committeeSize));
  const shared = { problems: new ProblemPicker(), namer: new SystemNamer(rng.fork("names")), titles: new Set<string>() };
  return specs.map((spec, i) => ({
    id: String(spec.year),
    spec,
    papers: planEdition(rng.fork(`edition-${spec.year}`), spec, people, committees[i], shared),
  }));
}

function workshopConfig(editions: readonly SampleEdition[]): string {
  const config = {
    name: "PACMI",
    venue: "PACMI @ MLSys",
    editions: editions.map(({ id, spec }) => ({
      id,
      year: spec.year,
      system: "hotcrp",
      submission_deadline: spec.deadlines.submission,
      review_deadline: spec.deadlines.review,
      notification: spec.deadlines.notification,
    })),
    decisions: DECISION_RULES,
    // 2026's form scores Overall merit with HotCRP letters A (best) to D.
    scores: { letter_scales: { "Overall merit": "A-D" } },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Every file of the sample, by path relative to the sample folder, in a fixed order. */
export function generateSample(seed: string = SAMPLE_SEED): Map<string, string> {
  const editions = planSample(seed);
  const files = new Map<string, string>();
  files.set("README.md", SAMPLE_README);
  files.set("workshop.config.json", workshopConfig(editions));
  files.set("ground-truth.csv", groundTruthCsv(editions));
  for (const { id, spec, papers } of editions) {
    for (const [name, content] of Object.entries(hotcrpFiles(spec, papers))) files.set(`hotcrp/${id}/${name}`, content);
  }
  return files;
}
