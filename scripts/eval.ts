/**
 * `npm run eval`: the classifier's quality on every evaluation set (real papers it was never
 * trained on, and the sample's ground truth when generated), as one table, then the per-paper
 * report of the ML-for-systems taxonomy with its mapping onto our areas.
 */
import { trainClassifier } from "../src/lib/classify/classifier.ts";
import { defaultClassifierConfig } from "../src/lib/classify/config.ts";
import { evaluateAll, ML4SYS_MAPPING, seedCrossValidation } from "../src/lib/classify/evaluation.ts";
import { loadSeed, seedSize } from "../src/lib/classify/seed.ts";
import { DEFAULT_AREAS, DEFAULT_CHALLENGES, DEFAULT_METHODS } from "../src/lib/config/taxonomy.ts";

const config = defaultClassifierConfig();
const taxonomy = { areas: [...DEFAULT_AREAS], challenges: [...DEFAULT_CHALLENGES], methods: [...DEFAULT_METHODS] };
const seed = loadSeed(config);
const t0 = performance.now();
const model = trainClassifier({ config, taxonomy, seed });
const trainMs = performance.now() - t0;
const size = seedSize(seed);
console.log(`Model ${model.version}: ${model.trainingSize} training documents (${size.areas.examples + size.kinds.examples + size.challenges.examples + size.methods.examples} seed examples, ${size.areas.phrases + size.kinds.phrases + size.challenges.phrases + size.methods.phrases} phrases), ${model.vocabulary.size} terms, trained in ${(trainMs / 1000).toFixed(2)} s\n`);

const { rows, ml4sys, compilers } = evaluateAll(model, "test/fixtures/real", "data/sample");
const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
const table = [["set", "papers", "measure", "value", "required", ""], ...rows.map((r) => [r.set, String(r.papers), r.measure, pct(r.value), r.required === null ? "report" : `≥ ${pct(r.required)}`, r.required === null ? "" : r.value >= r.required ? "ok" : "BELOW"])];
if (!rows.some((r) => r.set === "sample ground truth")) table.push(["sample ground truth", "-", "(run `npm run sample` first)", "", "≥ 90.0%", ""]);
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
for (const [i, row] of table.entries()) {
  console.log(`| ${row.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`);
  if (i === 0) console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
}

const adjudicated = compilers.filter((p) => p.guide !== "Compilers");
console.log(
  `\nml-in-compilers: DOMAIN.md's guide files ${adjudicated.length} of its ${compilers.length} titles under another area (${[...new Set(adjudicated.map((p) => p.guide))].map((a) => `${a} ${adjudicated.filter((p) => p.guide === a).length}`).join(", ")}; src/lib/classify/eval/ml-in-compilers-adjudication.json), so a classifier that follows the guide puts at most ${pct((compilers.length - adjudicated.length) / compilers.length)} in Compilers.`,
);
console.log(`Titles the guide files under Compilers that the model puts elsewhere:`);
for (const p of compilers) if (p.guide === "Compilers" && p.got.area !== "Compilers") console.log(`  ${p.title.slice(0, 90).padEnd(90)} -> ${p.got.area} (${p.got.area_confidence})`);

const cv = seedCrossValidation(seed, (s) => trainClassifier({ config, taxonomy, seed: s }));
console.log(`\nSeed corpus, 5-fold cross-validation over its ${cv.examples} examples: area ${pct(cv.area)}, kind ${pct(cv.kind)}`);

console.log(`\nml4sys-taxonomy, per paper (their label/sub-label -> our area by src/lib/classify/eval/ml4sys-mapping.json):`);
for (const p of ml4sys) {
  const hit = p.got.area === p.area ? "ok " : [p.area, ...p.also].some((a) => a === p.got.area || a === p.got.second_area) ? "~  " : "no ";
  const why = p.got.evidence.area.slice(0, 3).map((e) => `${e.term} ${e.weight}`).join(", ");
  console.log(`  ${hit} ${p.title.slice(0, 58).padEnd(58)} ${p.theirs.padEnd(42)} -> ${p.area.padEnd(21)} got ${p.got.area} (${p.got.area_confidence})${p.got.second_area ? ` / ${p.got.second_area}` : ""}, ${p.got.kind} [${why}]`);
}
console.log(`\nMapping: ${Object.entries(ML4SYS_MAPPING.areas).map(([k, v]) => `${k} -> ${v.area}`).join("; ")}; per paper: ${Object.entries(ML4SYS_MAPPING.papers).map(([k, v]) => `${k} -> ${v.area} (${v.why})`).join("; ")}.`);
