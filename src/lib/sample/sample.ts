/**
 * The embedded sample: five editions of a PACMI-like workshop, each in the native export of
 * the system it ran on (HotCRP, OpenReview, EasyChair, CMT), with the workshop configuration,
 * a ground-truth file for classification, and a README.
 */
import { rotatingCommittees } from "./committee.ts";
import { ProblemPicker } from "./context.ts";
import { DECISION_RULES } from "./decisions.ts";
import { planEdition } from "./edition.ts";
import { groundTruthCsv } from "./ground-truth.ts";
import { editionFiles } from "./export-files.ts";
import { PACMI_EDITIONS } from "./pacmi-plan.ts";
import { Population } from "./people.ts";
import { Rng } from "./prng.ts";
import { SAMPLE_README } from "./readme.ts";
import { SystemNamer } from "./system-names.ts";
import { systemOf } from "./systems.ts";
import type { EditionSpec, Paper, Person } from "./types.ts";

export const SAMPLE_SEED = "pacmi-sample-1";

export interface SampleEdition {
  id: string;
  spec: EditionSpec;
  papers: Paper[];
  /** The programme committee the reviewers came from. */
  committee: Person[];
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
    committee: committees[i],
  }));
}

function workshopConfig(editions: readonly SampleEdition[]): string {
  const config = {
    name: "PACMI",
    venue: "PACMI @ MLSys",
    editions: editions.map(({ id, spec }) => ({
      id,
      year: spec.year,
      system: systemOf(spec.format),
      submission_deadline: spec.deadlines.submission,
      review_deadline: spec.deadlines.review,
      notification: spec.deadlines.notification,
    })),
    decisions: DECISION_RULES,
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
  for (const { id, spec, papers, committee } of editions) {
    const folder = `${systemOf(spec.format)}/${id}`;
    for (const [name, content] of Object.entries(editionFiles(spec, papers, committee))) files.set(`${folder}/${name}`, content);
  }
  return files;
}
