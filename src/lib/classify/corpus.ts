/**
 * The training corpus: seed examples, seed phrases (as one-phrase pseudo-documents weighted by
 * their weight) and chair-labelled papers, with every label resolved against the configured
 * taxonomy. Seed areas the workshop does not configure become "Other": a paper about them is
 * outside the workshop's areas. Challenges and methods of seed texts come from the phrase
 * lexicon of those fields (weak labels); a chair's list replaces them.
 */
import { KINDS, OTHER_AREA, type Kind } from "../config/taxonomy.ts";
import { RetroError } from "../errors.ts";
import type { PaperText } from "./features.ts";
import type { Seed, SeedEntry } from "./seed.ts";
import { phraseKeys } from "./tokenize.ts";

export interface Taxonomy {
  areas: readonly string[];
  challenges: readonly string[];
  methods: readonly string[];
}

/** One training document; a null field says nothing about that field. */
export interface LabelledPaper {
  paper: PaperText;
  /** A chair's lists are complete; a seed example's challenges and methods are only a start. */
  source: "seed" | "chair";
  /** A seed phrase rather than a text: it teaches the phrase itself (its word pairs), not each of its words. */
  phrase?: boolean;
  weight: number;
  area: string | null;
  kind: Kind | null;
  challenges: string[] | null;
  methods: string[] | null;
}

/** The labels each head chooses from: configured areas plus "Other", the four kinds, ... */
export interface LabelSpace {
  areas: string[];
  kinds: Kind[];
  challenges: string[];
  methods: string[];
}

export function labelSpace(taxonomy: Taxonomy): LabelSpace {
  const areas = taxonomy.areas.filter((a) => a.toLowerCase() !== OTHER_AREA.toLowerCase());
  return { areas: [...areas, OTHER_AREA], kinds: [...KINDS], challenges: [...taxonomy.challenges], methods: [...taxonomy.methods] };
}

/** Finds `label` in `labels` ignoring case and spacing; undefined when absent. */
export function resolveLabel(labels: readonly string[], label: string): string | undefined {
  const key = canonical(label);
  return labels.find((l) => canonical(l) === key);
}

function canonical(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Seed and chair examples as labelled documents, checking that every configured label can be learned. */
export function seedCorpus(seed: Seed, space: LabelSpace, chair: readonly LabelledPaper[] = []): LabelledPaper[] {
  const out: LabelledPaper[] = [];
  const push = (text: string, weight: number, labels: Partial<LabelledPaper>, phrase: boolean) =>
    out.push({ paper: { title: "", abstract: text }, source: "seed", phrase, weight, area: null, kind: null, challenges: null, methods: null, ...labels });

  for (const [label, entry] of seed.areas) {
    const area = resolveLabel(space.areas, label) ?? OTHER_AREA;
    forEntry(entry, (text, weight, kind, phrase) => push(text, weight, { area, kind }, phrase));
  }
  for (const [label, entry] of seed.kinds) {
    const kind = resolveLabel(space.kinds, label) as Kind | undefined;
    if (!kind) throw new RetroError(`The seed names an unknown kind "${label}".`, `Use one of ${KINDS.join(", ")}.`);
    forEntry(entry, (text, weight, _k, phrase) => push(text, weight, { kind }, phrase));
  }
  for (const head of ["challenges", "methods"] as const) {
    for (const [label, entry] of seed[head]) {
      const resolved = resolveLabel(space[head], label);
      if (!resolved) continue;
      forEntry(entry, (text, weight, _k, phrase) => push(text, weight, { [head]: [resolved] }, phrase));
    }
  }
  out.push(...chair);
  requireEveryLabel(out, space, seed);
  return out;
}

function forEntry(entry: SeedEntry, visit: (text: string, weight: number, kind: Kind | null, phrase: boolean) => void): void {
  for (const [phrase, weight] of entry.phrases) visit(phrase, weight, null, true);
  for (const example of entry.examples) visit(example.text, 1, example.kind, false);
}

function requireEveryLabel(corpus: readonly LabelledPaper[], space: LabelSpace, seed: Seed): void {
  const seen = new Set(corpus.flatMap((d) => [d.area, ...(d.challenges ?? []), ...(d.methods ?? [])]));
  for (const [head, key] of [["areas", "areas"], ["challenges", "challenges"], ["methods", "methods"]] as const) {
    for (const label of space[key]) {
      if (seen.has(label) || [...seed[head].keys()].some((l) => resolveLabel([label], l))) continue;
      throw new RetroError(
        `The classifier has nothing to learn "${label}" (taxonomy.${key}) from: no seed phrases, examples or chair labels.`,
        `Add vocabulary for it in the configuration, e.g. "classifier": {"vocabulary": {"${head}": {"${label}": {"phrases": {"a typical phrase": 2}}}}}.`,
        { column: `taxonomy.${key}` },
      );
    }
  }
}

/** Phrase lexicon of a multi-label head: label -> phrases as term keys (all must occur). */
export function lexicon(seed: Seed, head: "challenges" | "methods", labels: readonly string[]): Map<string, number[][]> {
  const out = new Map<string, number[][]>();
  for (const [label, entry] of seed[head]) {
    const resolved = resolveLabel(labels, label);
    if (!resolved) continue;
    const list = out.get(resolved) ?? [];
    for (const phrase of entry.phrases.keys()) list.push(phraseKeys(phrase));
    out.set(resolved, list);
  }
  return out;
}
