/** The seeded sample-data generator: the embedded PACMI sample and conference-scale editions. */
export { generateSample, planSample, SAMPLE_SEED, type SampleEdition } from "./sample.ts";
export { generateHotcrpEdition, writeConferenceHotcrp, type GeneratedEdition, type ScaleOptions } from "./scale.ts";
export { PACMI_EDITIONS } from "./pacmi-plan.ts";
export { writeFiles } from "./write.ts";
