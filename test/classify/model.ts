/** One trained default model per test file (training takes about a second). */
import { trainClassifier, type Classifier } from "../../src/lib/classify/classifier.ts";
import { defaultClassifierConfig } from "../../src/lib/classify/config.ts";
import { DEFAULT_AREAS, DEFAULT_CHALLENGES, DEFAULT_METHODS } from "../../src/lib/config/taxonomy.ts";

export const TAXONOMY = { areas: [...DEFAULT_AREAS], challenges: [...DEFAULT_CHALLENGES], methods: [...DEFAULT_METHODS] };

let cached: Classifier | null = null;

export function defaultModel(): Classifier {
  cached ??= trainClassifier({ config: defaultClassifierConfig(), taxonomy: TAXONOMY });
  return cached;
}

export const FIXTURES = "test/fixtures/real";
