/**
 * The adversarial corpus: every file of test/fixtures/bad (and the big ones generated at test
 * time) gets its expected clear error with the archive unchanged, or its documented safe
 * handling; none crashes, hangs (a time limit per file) or pollutes a prototype.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { CaseResult, CorpusManifest } from "./corpus-types.ts";

const manifest = JSON.parse(readFileSync("test/fixtures/bad/manifest.json", "utf8")) as CorpusManifest;

/** Runs the corpus child; kills it when one file takes longer than the time limit. */
function runCorpus(): Promise<{ results: Map<string, CaseResult>; hung?: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "test/faults/corpus-child.ts"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    const results = new Map<string, CaseResult>();
    let buffer = "";
    let stderr = "";
    let current = "(setup)";
    let hung: string | undefined;
    let timer = setTimeout(() => undefined, 0);
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        hung = current;
        child.kill("SIGKILL");
      }, manifest.timeLimitMs + (current === "(setup)" ? 30_000 : 0));
    };
    arm();
    const order = manifest.cases.map((c) => c.file);
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.startsWith("{")) continue;
        const r = JSON.parse(line) as CaseResult & { ready?: boolean };
        if (r.file) results.set(r.file, r);
        current = order[r.ready ? 0 : order.indexOf(r.file) + 1] ?? "(end)";
        arm();
      }
    });
    child.stderr.on("data", (c: Buffer) => void (stderr += c.toString()));
    child.on("exit", () => {
      clearTimeout(timer);
      resolve({ results, hung, stderr });
    });
  });
}

describe("the adversarial corpus", () => {
  let run: Awaited<ReturnType<typeof runCorpus>>;
  beforeAll(async () => {
    run = await runCorpus();
  }, 240_000);

  it("has at least 40 inputs, each committed file listed in the manifest and named for what it tries", () => {
    expect(manifest.cases.length).toBeGreaterThanOrEqual(40);
    const listed = new Set(manifest.cases.map((c) => c.file));
    const committed = readdirSync("test/fixtures/bad").filter((f) => f !== "manifest.json" && f !== "README.md");
    expect(committed.filter((f) => !listed.has(f)), "committed files missing from the manifest").toEqual([]);
    for (const c of manifest.cases) {
      expect(c.file, "named <system>-<what it tries>").toMatch(/^(hotcrp|openreview|easychair|cmt|csv|json|binary|pdf|html|whitespace)-[a-z0-9-]+(\.[a-z]+)?$/);
      expect(c.generate || committed.includes(c.file), `${c.file} exists or is generated`).toBeTruthy();
      expect(Boolean(c.expect.error) !== Boolean(c.expect.safe), `${c.file}: an expected error or a documented safe handling`).toBe(true);
    }
  });

  it("ran every file to the end: no hang, no crash of the runner", () => {
    expect(run.hung, `hung on ${run.hung} (over ${manifest.timeLimitMs} ms)\n${run.stderr}`).toBeUndefined();
    expect([...run.results.keys()].length, run.stderr).toBe(manifest.cases.length);
  });

  for (const c of manifest.cases) {
    it(`${c.file}: ${c.expect.error ? `refused ("${c.expect.error}")` : c.expect.safe}`, () => {
      const r = run.results.get(c.file);
      expect(r, `no result (runner stopped early)\n${run.stderr}`).toBeDefined();
      expect(r!.outcome, `${r!.message}\n${r!.stack ?? ""}`).not.toBe("crash");
      expect(r!.ms, "within the time limit").toBeLessThan(manifest.timeLimitMs);
      expect(r!.prototypeClean, "Object.prototype untouched").toBe(true);
      if (c.expect.error) {
        expect(r!.outcome, "refused with a RetroError").toBe("error");
        expect(`${r!.message}\n${r!.fix}`).toContain(c.expect.error);
        expect(r!.fix, "says how to fix it").toBeTruthy();
        expect(r!.location?.file, "names the file").toBeTruthy();
        expect(r!.unchanged, "archive exactly as before").toBe(true);
      } else {
        expect(r!.outcome, `loads (${r!.message})`).toBe("ok");
        if (c.expect.warning) expect(r!.warnings?.join("\n")).toContain(c.expect.warning);
        expect(r!.stored).toEqual((c.expect.stored ?? []).map((s) => s.equals));
      }
    });
  }
});
