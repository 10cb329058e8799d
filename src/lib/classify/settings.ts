/**
 * What the classifier needs from the workshop configuration: the taxonomy and the `classifier`
 * section (defaults when the configuration has none).
 */
import type { WorkshopConfig } from "../config/schema.ts";
import { RetroError } from "../errors.ts";
import { ClassifierConfig } from "./config.ts";
import type { Taxonomy } from "./corpus.ts";

export interface ClassifierSettings {
  classifier: ClassifierConfig;
  taxonomy: Taxonomy;
}

export function classifierSettings(config: WorkshopConfig): ClassifierSettings {
  const raw = (config as { classifier?: unknown }).classifier;
  let classifier: ClassifierConfig;
  if (raw === undefined) classifier = ClassifierConfig.parse({});
  else {
    const parsed = ClassifierConfig.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = ["classifier", ...issue.path.map(String)].join(".");
      throw new RetroError(`Invalid configuration at \`${where}\`: ${issue.message}`, "Correct the value as described, or remove the key to use the default.", { column: where });
    }
    classifier = parsed.data;
  }
  return { classifier, taxonomy: config.taxonomy };
}
