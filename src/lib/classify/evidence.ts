/**
 * Why a paper got its labels: the terms of the paper that pushed each chosen label up the most,
 * with their contribution to that label's score (log-odds units) and the field they first occur in.
 * For area and kind the contribution is measured against the average label, so a term that
 * favours every area equally ("learning") explains nothing and is left out.
 */
import type { Classifier } from "./classifier.ts";
import type { Field, PaperText } from "./features.ts";
import type { LinearModel } from "./linear.ts";

export interface EvidenceTerm {
  term: string;
  weight: number;
  field: Field;
}

export interface Evidence {
  area: EvidenceTerm[];
  second_area: EvidenceTerm[];
  kind: EvidenceTerm[];
  challenges: Record<string, EvidenceTerm[]>;
  methods: Record<string, EvidenceTerm[]>;
}

export interface Picks {
  area: number;
  secondArea: number;
  kind: number;
  challenges: number[];
  methods: number[];
}

interface Occurrence {
  feature: number;
  value: number;
  surface: string;
  field: Field;
}

export function explain(paper: PaperText, classifier: Classifier, picks: Picks, limit: number): Evidence {
  const occurrences = termsOf(paper, classifier);
  const { heads, space } = classifier;
  const presence = termsOf(paper, classifier, true);
  const named = (model: LinearModel, labels: readonly string[], chosen: number[], _offset: number) =>
    Object.fromEntries(chosen.map((c) => [labels[c], top(presence, model, c, false, limit)]));
  const kindTerms = occurrences.filter((o) => classifier.kindMask[o.feature]);
  return {
    area: top(occurrences, heads.area, picks.area, true, limit),
    second_area: picks.secondArea >= 0 ? top(occurrences, heads.area, picks.secondArea, true, limit) : [],
    kind: top(kindTerms, heads.kind, picks.kind, true, limit),
    challenges: named(heads.challenges, space.challenges, picks.challenges, 0),
    methods: named(heads.methods, space.methods, picks.methods, space.challenges.length),
  };
}

/** Each known term of the paper once, with its vector value, surface form and first field. */
function termsOf(paper: PaperText, classifier: Classifier, presence = false): Occurrence[] {
  const x = classifier.vocabulary.vectorizeWithSources(paper, classifier.fieldWeights, presence);
  return Array.from(x.idx, (feature, n) => ({ feature, value: x.val[n], surface: x.surface[n], field: x.field[n] }));
}

function top(occurrences: Occurrence[], model: LinearModel, label: number, centred: boolean, limit: number): EvidenceTerm[] {
  const { k, w } = model;
  const scored: EvidenceTerm[] = [];
  for (const o of occurrences) {
    const base = o.feature * k;
    let weight = w[base + label];
    if (centred) {
      let mean = 0;
      for (let c = 0; c < k; c++) mean += w[base + c];
      weight -= mean / k;
    }
    const contribution = o.value * weight;
    if (contribution > 0.005) scored.push({ term: o.surface, weight: Math.round(contribution * 1000) / 1000, field: o.field });
  }
  scored.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
  return scored.slice(0, limit);
}
