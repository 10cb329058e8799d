/** The retrospective of one edition as a document, from its facts (see `views`). */
import type { EditionFacts } from "../views/index.ts";
import type { ReportDoc, Section } from "./doc.ts";
import { calibrationSection } from "./sections/calibration.ts";
import { deploymentSection } from "./sections/deployment.ts";
import { expertiseSection } from "./sections/expertise.ts";
import { funnelSection } from "./sections/funnel.ts";
import { glanceSection } from "./sections/glance.ts";
import { audienceNote, notesSection } from "./sections/notes.ts";
import { reviewingSection } from "./sections/reviewing.ts";
import { scoresSection } from "./sections/scores.ts";
import { topicsSection } from "./sections/topics.ts";

export interface BuildOptions {
  /** The taxonomy's areas in order, so that areas keep the dashboard's colours. */
  areas?: string[];
}

export function buildReport(f: EditionFacts, options: BuildOptions = {}): ReportDoc {
  const e = f.glance.edition;
  const sections: Array<Section | null> = [
    glanceSection(f),
    funnelSection(f),
    topicsSection(f, options.areas ?? []),
    deploymentSection(f),
    reviewingSection(f),
    scoresSection(f),
    calibrationSection(f),
    expertiseSection(f),
    notesSection(f),
  ];
  return {
    edition: e.edition,
    title: `${e.venue} ${e.edition}: retrospective`,
    audience: f.audience,
    lead: [audienceNote(f), "The numbers and sentences below are generated from the archive by workshop-retro; the judgement is the chairs' to add."],
    sections: sections.filter((s): s is Section => s !== null),
  };
}
