/**
 * The classifier's configuration (key `classifier` of the workshop configuration). The
 * vocabulary itself is data: the built-in seed corpus in `seed/*.json`, plus whatever a
 * workshop adds here or in its own seed directory.
 */
import { z } from "zod";

const weight = z.number().finite().min(0.1, "should be a weight between 0.1 and 10 (1 = one ordinary example)").max(10, "should be a weight between 0.1 and 10");

/** Extra vocabulary for one label: weighted phrases and short example descriptions. */
export const LabelVocabulary = z.strictObject({
  phrases: z.record(z.string().min(1), weight).default({}),
  examples: z.array(z.string().min(1, "an example should be a sentence or a title, not empty")).default([]),
});
export type LabelVocabulary = z.infer<typeof LabelVocabulary>;

const vocabularyByLabel = z.record(z.string().min(1), LabelVocabulary).default({});

export const ClassifierConfig = z.strictObject({
  /** Train on the seed corpus shipped with workshop-retro (turn off only with a full seed of your own). */
  builtin_seed: z.boolean().default(true),
  /** A directory of seed files in the built-in format (see `docs/classifier-seed.md`), merged over the built-in ones. */
  seed_dir: z.string().min(1).nullable().default(null),
  /** Inline additions, by head and label, e.g. `{"areas": {"Databases": {"phrases": {"vector search": 2}}}}`. */
  vocabulary: z
    .strictObject({ areas: vocabularyByLabel, kinds: vocabularyByLabel, challenges: vocabularyByLabel, methods: vocabularyByLabel })
    .default({ areas: {}, kinds: {}, challenges: {}, methods: {} }),
  /** How much each field of a paper counts; the title says most about a short paper. */
  field_weights: z
    .strictObject({ title: weight, abstract: weight, keywords: weight, topics: weight })
    .default({ title: 2, abstract: 1, keywords: 2, topics: 2 }),
  /** A second area is reported when its probability reaches this. */
  second_area_min: z.number().min(0).max(1, "should be a probability between 0 and 1").default(0.2),
  /** Challenges and methods are reported when their probability reaches this. */
  multi_label_threshold: z.number().min(0).max(1, "should be a probability between 0 and 1").default(0.5),
  /** How many contributing terms each label's evidence lists. */
  evidence_terms: z.number().int().min(1).max(50).default(6),
  /** How much one chair-labelled paper counts in training, relative to one seed example. */
  chair_label_weight: weight.default(3),
  training: z
    .strictObject({
      epochs: z.number().int().min(1).max(200).default(10),
      learning_rate: z.number().positive().max(10).default(0.4),
      l2: z.number().min(0).max(1).default(2e-4),
      /** Seed of the deterministic example order. */
      seed: z.number().int().default(20230331),
    })
    .default({ epochs: 10, learning_rate: 0.4, l2: 2e-4, seed: 20230331 }),
});
export type ClassifierConfig = z.infer<typeof ClassifierConfig>;

/** The defaults, as the workshop configuration gets them when `classifier` is absent. */
export function defaultClassifierConfig(): ClassifierConfig {
  return ClassifierConfig.parse({});
}
