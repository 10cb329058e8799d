/**
 * The seed corpus: weighted phrases and short example descriptions per label, kept as JSON data
 * in `seed/` (the built-in vocabulary) and optionally in a workshop's own seed directory or
 * inline in its configuration. Validated with zod, so a malformed file says where and how.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { KINDS, type Kind } from "../config/taxonomy.ts";
import { RetroError } from "../errors.ts";
import type { ClassifierConfig, LabelVocabulary } from "./config.ts";

export const HEADS = ["areas", "kinds", "challenges", "methods"] as const;
export type Head = (typeof HEADS)[number];

export const BUILTIN_SEED_DIR = fileURLToPath(new URL("./seed/", import.meta.url));

const examples = z.array(z.string().min(1, "an example should not be empty"));
const SeedFile = z.strictObject({
  head: z.enum(HEADS, { message: `should be one of ${HEADS.join(", ")}` }),
  about: z.string().optional(),
  labels: z.record(
    z.string().min(1),
    z.strictObject({
      about: z.string().optional(),
      phrases: z.record(z.string().min(1), z.number().min(0.1, "should be a weight from 0.1 to 10").max(10, "should be a weight from 0.1 to 10")).default({}),
      /** A plain list, or (for areas) lists by kind of paper, which also teach the kind. */
      examples: z.union([examples, z.partialRecord(z.enum(KINDS), examples)]).default([]),
    }),
  ),
});

export interface SeedExample {
  text: string;
  kind: Kind | null;
}
export interface SeedEntry {
  phrases: Map<string, number>;
  examples: SeedExample[];
}
export type Seed = Record<Head, Map<string, SeedEntry>>;

export function emptySeed(): Seed {
  return { areas: new Map(), kinds: new Map(), challenges: new Map(), methods: new Map() };
}

/** The seed a configuration asks for: built-in files, then its seed directory, then inline vocabulary. */
export function loadSeed(config: ClassifierConfig): Seed {
  const seed = emptySeed();
  if (config.builtin_seed) addSeedDir(seed, BUILTIN_SEED_DIR);
  if (config.seed_dir) {
    if (!existsSync(config.seed_dir)) {
      throw new RetroError(`The classifier seed directory ${config.seed_dir} does not exist.`, "Fix `classifier.seed_dir` in the configuration, or remove it to use the built-in seed only.", { column: "classifier.seed_dir" });
    }
    addSeedDir(seed, config.seed_dir);
  }
  for (const head of HEADS) {
    for (const [label, vocabulary] of Object.entries(config.vocabulary[head])) addInline(seed, head, label, vocabulary);
  }
  return seed;
}

/** Adds every `*.json` file of a directory, in file-name order. */
export function addSeedDir(seed: Seed, dir: string): void {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  for (const file of files) addSeedFile(seed, join(dir, file));
}

function addSeedFile(seed: Seed, path: string): void {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new RetroError(`The seed file is not valid JSON: ${(e as Error).message}`, "Fix the JSON syntax (a trailing comma is the usual cause).", { file: path });
  }
  const parsed = SeedFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.map(String).join(".");
    throw new RetroError(`Invalid seed file at \`${where || "(top level)"}\`: ${issue.message}`, 'Follow the seed format: {"head": "areas", "labels": {"<label>": {"phrases": {"<phrase>": 2}, "examples": ["<a title or abstract>"]}}}.', { file: path, column: where || undefined });
  }
  for (const [label, entry] of Object.entries(parsed.data.labels)) {
    const target = entryFor(seed, parsed.data.head, label);
    for (const [phrase, w] of Object.entries(entry.phrases)) target.phrases.set(phrase, w);
    if (Array.isArray(entry.examples)) {
      for (const text of entry.examples) target.examples.push({ text, kind: null });
    } else {
      for (const kind of KINDS) for (const text of entry.examples[kind] ?? []) target.examples.push({ text, kind });
    }
  }
}

function addInline(seed: Seed, head: Head, label: string, vocabulary: LabelVocabulary): void {
  const target = entryFor(seed, head, label);
  for (const [phrase, w] of Object.entries(vocabulary.phrases)) target.phrases.set(phrase, w);
  for (const text of vocabulary.examples) target.examples.push({ text, kind: null });
}

function entryFor(seed: Seed, head: Head, label: string): SeedEntry {
  let entry = seed[head].get(label);
  if (!entry) seed[head].set(label, (entry = { phrases: new Map(), examples: [] }));
  return entry;
}

/** Seed counts per head and label, for reports and tests. */
export function seedSize(seed: Seed): Record<Head, { labels: number; phrases: number; examples: number }> {
  const out = {} as Record<Head, { labels: number; phrases: number; examples: number }>;
  for (const head of HEADS) {
    let phrases = 0;
    let examples = 0;
    for (const e of seed[head].values()) {
      phrases += e.phrases.size;
      examples += e.examples.length;
    }
    out[head] = { labels: seed[head].size, phrases, examples };
  }
  return out;
}
