/**
 * Lookups from a paper to the labels it is counted under (areas, kinds, challenges, methods,
 * countries). A paper with n labels counts 1/n in each (fractional counting).
 */
import type { Author } from "../model/records.ts";
import { PaperMap } from "./keys.ts";

/** What the classification module produces for one paper. */
export interface Classification {
  edition: string;
  submission_id: string;
  area: string | null;
  second_area?: string | null;
  kind: string | null;
  challenges: string[];
  methods: string[];
}

/** Labels per paper, by edition and submission id. */
export type Labels = PaperMap<string[]>;

function distinct(values: Array<string | null | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim()))];
}

function labelsBy(classifications: Classification[], pick: (c: Classification) => Array<string | null | undefined>): Labels {
  const labels: Labels = new PaperMap();
  for (const c of classifications) labels.set(c.edition, c.submission_id, distinct(pick(c)));
  return labels;
}

/** Area and, when present, second area: a two-area paper counts 1/2 in each. */
export const areaLabels = (cls: Classification[]): Labels => labelsBy(cls, (c) => [c.area, c.second_area]);
/** Kind of submission (deployment, research, position, benchmark). */
export const kindLabels = (cls: Classification[]): Labels => labelsBy(cls, (c) => [c.kind]);
/** Practical challenges a paper addresses. */
export const challengeLabels = (cls: Classification[]): Labels => labelsBy(cls, (c) => c.challenges);
/** ML methods a paper uses. */
export const methodLabels = (cls: Classification[]): Labels => labelsBy(cls, (c) => c.methods);

/**
 * Countries of a paper's authors. A paper with authors from n distinct countries counts 1/n
 * in each (countries, not authors: five authors from one lab do not outweigh one co-author).
 */
export function countryLabels(authors: Array<Pick<Author, "edition" | "submission_id" | "country">>): Labels {
  const seen = new PaperMap<Array<string | null>>();
  for (const a of authors) {
    const list = seen.get(a.edition, a.submission_id);
    if (list) list.push(a.country);
    else seen.set(a.edition, a.submission_id, [a.country]);
  }
  const labels: Labels = new PaperMap();
  for (const [edition, id, countries] of seen.entries()) labels.set(edition, id, distinct(countries));
  return labels;
}

/** The labels of one paper, or `[unlabelled]` when it has none. */
export function labelsOf(labels: Labels, edition: string, id: string, unlabelled: string): string[] {
  const found = labels.get(edition, id);
  return found && found.length > 0 ? found : [unlabelled];
}

/** Labels from a list of (edition, submission id, labels), e.g. from a query. */
export function labelsFrom(entries: Iterable<[edition: string, id: string, labels: string[]]>): Labels {
  const labels: Labels = new PaperMap();
  for (const [edition, id, own] of entries) labels.set(edition, id, distinct(own));
  return labels;
}
