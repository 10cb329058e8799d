/**
 * Classifier speed: inference on 20,000 papers with a title and an abstract of about 140 words (target
 * ≥ 10,000 papers/s on one core), and training on the seed plus 5,000 labelled papers (target
 * < 5 s). Papers are stitched deterministically from seed sentences, so the text looks real.
 */
import { trainClassifier } from "../src/lib/classify/classifier.ts";
import { defaultClassifierConfig } from "../src/lib/classify/config.ts";
import type { LabelledPaper } from "../src/lib/classify/corpus.ts";
import type { PaperText } from "../src/lib/classify/features.ts";
import { mulberry32 } from "../src/lib/classify/linear.ts";
import { loadSeed } from "../src/lib/classify/seed.ts";
import { DEFAULT_AREAS, DEFAULT_CHALLENGES, DEFAULT_METHODS, type Kind } from "../src/lib/config/taxonomy.ts";

const TARGETS = { papersPerSecond: 10_000, trainSeconds: 5 };

function syntheticPapers(n: number): Array<PaperText & { area: string; kind: Kind }> {
  const seed = loadSeed(defaultClassifierConfig());
  const pool = [...seed.areas].flatMap(([area, e]) => e.examples.map((x) => ({ area, text: x.text, kind: x.kind ?? "research" })));
  const rng = mulberry32(7);
  const pick = () => pool[Math.floor(rng() * pool.length)];
  return Array.from({ length: n }, () => {
    const main = pick();
    const sentences = [main.text, ...Array.from({ length: 9 }, () => pick().text), main.text];
    return { title: main.text.split(" ").slice(0, 10).join(" "), abstract: sentences.join(" "), area: main.area, kind: main.kind };
  });
}

export async function run(): Promise<void> {
  const config = defaultClassifierConfig();
  const taxonomy = { areas: [...DEFAULT_AREAS], challenges: [...DEFAULT_CHALLENGES], methods: [...DEFAULT_METHODS] };
  const papers = syntheticPapers(20_000);
  const words = papers.reduce((s, p) => s + (p.abstract ?? "").split(" ").length, 0) / papers.length;

  // CPU time of this process, not wall time: "on one core", and fair on a busy machine.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const chair: LabelledPaper[] = papers.slice(0, 5_000).map((p) => ({ paper: p, source: "chair", weight: 3, area: p.area, kind: p.kind, challenges: null, methods: null }));
  let t = cpu();
  const model = trainClassifier({ config, taxonomy, chair });
  const trainSeconds = cpu() - t;

  model.classify(papers[0]);
  t = cpu();
  for (const p of papers) model.classify(p, { evidence: false });
  const plain = papers.length / (cpu() - t);
  t = cpu();
  for (const p of papers) model.classify(p);
  const explained = papers.length / (cpu() - t);

  const ok = (good: boolean) => (good ? "ok" : "BELOW TARGET");
  console.log(`papers: ${papers.length}, abstracts of ${words.toFixed(0)} words on average; vocabulary ${model.vocabulary.size} terms`);
  console.log(`inference, labels and confidences: ${plain.toFixed(0)} papers per CPU-second (target ≥ ${TARGETS.papersPerSecond}) ${ok(plain >= TARGETS.papersPerSecond)}`);
  console.log(`inference with evidence:           ${explained.toFixed(0)} papers per CPU-second`);
  console.log(`training, seed (${model.trainingSize - chair.length} documents) + ${chair.length} labelled papers: ${trainSeconds.toFixed(2)} CPU-seconds (target < ${TARGETS.trainSeconds} s) ${ok(trainSeconds < TARGETS.trainSeconds)}`);
}
