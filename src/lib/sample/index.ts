/** The seeded sample-data generator: the embedded PACMI sample and conference-scale editions. */
export { generateSample, planSample, SAMPLE_SEED, type SampleEdition } from "./sample.ts";
export { sampleCounts, sampleSecrets, sampleSubmissions, type SampleEditionCounts, type SampleSecrets, type SampleSubmission } from "./facts.ts";
export { generateConferenceEdition, generateHotcrpEdition, writeConferenceEdition, writeConferenceHotcrp, type GeneratedEdition, type ScaleOptions } from "./scale.ts";
export { PACMI_EDITIONS } from "./pacmi-plan.ts";
export { exportedId, systemOf } from "./systems.ts";
export type { ExportFormat, SampleSystem } from "./types.ts";
export { writeFiles } from "./write.ts";
