/**
 * The statistics chairs need, computed once for the dashboard, the report and the CLI.
 * Everything here is pure (no I/O). Results are chair-level; to show them to anyone else,
 * turn them into an aggregate (the `...Table` / `...List` functions) and pass it through
 * `protect(aggregate, audience)`.
 */
export * from "./aggregate.ts";
export * from "./agreement.ts";
export * from "./bootstrap.ts";
export * from "./calibration.ts";
export * from "./completion.ts";
export * from "./confidence.ts";
export * from "./decisions.ts";
export * from "./describe.ts";
export * from "./expertise.ts";
export * from "./funnel.ts";
export * from "./groups.ts";
export * from "./keys.ts";
export * from "./krippendorff.ts";
export * from "./normal.ts";
export * from "./privacy.ts";
export * from "./random.ts";
export * from "./rebuttal.ts";
export * from "./reranking.ts";
export * from "./reviewing.ts";
export * from "./scores.ts";
export { isCellPinned, suppressionPattern } from "./suppression.ts";
export * from "./synthetic.ts";
export * from "./trends.ts";
export * from "./triplet.ts";
export * from "./wilson.ts";
