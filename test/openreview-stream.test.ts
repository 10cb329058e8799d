/** OpenReview dumps read note by note: the same notes as parsing the whole file, and clear errors. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { streamNotes } from "../loaders/openreview/stream.ts";
import type { SourceFile } from "../loaders/types.ts";
import { tempDir } from "./helpers/archive.ts";

const fileAt = (path: string): SourceFile => ({ path, display: path, system: "openreview", kind: "notes-v2-json", confidence: 1, sha256: "", bytes: 0 });
const collect = async (path: string, chunk?: number) => {
  const notes: unknown[] = [];
  const n = await streamNotes(fileAt(path), (note, i) => notes.push([i, note]), chunk);
  return { n, notes };
};
const dumps = ["test/fixtures/openreview", "data/sample/openreview/2024"].flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".json")).map((f) => join(d, f)));

describe("streaming an OpenReview dump", () => {
  it("yields exactly the notes JSON.parse finds, whatever the chunk size", async () => {
    expect(dumps.length).toBeGreaterThan(4);
    for (const path of dumps) {
      const whole = JSON.parse(readFileSync(path, "utf8")) as unknown[];
      const small = readFileSync(path).length < 50_000;
      for (const chunk of small ? [1, 7, 4096, undefined] : [4096, undefined]) {
        const { n, notes } = await collect(path, chunk);
        expect(n, `${path} in chunks of ${chunk}`).toBe(whole.length);
        expect(notes, `${path} in chunks of ${chunk}`).toEqual(whole.map((note, i) => [i, note]));
      }
    }
  });

  it("reads a BOM, an empty array, a {notes: [...]} wrapper and strings holding brackets and escapes", async () => {
    const dir = tempDir();
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    expect((await collect(write("bom.json", '\uFEFF [ {"id": "a"} ]\n'))).notes).toEqual([[0, { id: "a" }]]);
    expect((await collect(write("empty.json", "[]"))).n).toBe(0);
    expect((await collect(write("wrapped.json", '{"notes": [{"id": "w"}]}'))).notes).toEqual([[0, { id: "w" }]]);
    const tricky = [{ id: "t", content: { title: { value: 'a "]}," \\ [{ é 𝛼' } } }, 3, null];
    expect((await collect(write("tricky.json", JSON.stringify(tricky, null, 1)), 3)).notes).toEqual(tricky.map((x, i) => [i, x]));
  });

  it("names the line of a broken note, a trailing comma, a truncated dump and data after the array", async () => {
    const dir = tempDir();
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    await expect(collect(write("broken.json", '[\n{"id": "a"},\n{"id": \n "b" "c"}\n]'))).rejects.toMatchObject({ location: { row: 4 } });
    await expect(collect(write("comma.json", '[{"id": "a"},\n]'))).rejects.toThrow(/line 2/);
    await expect(collect(write("cut.json", '[\n{"id": "a"},\n{"id": "b", "content": {'))).rejects.toMatchObject({ message: expect.stringMatching(/line 3/), fix: expect.stringMatching(/truncated/) });
    await expect(collect(write("after.json", '[{"id": "a"}] x'))).rejects.toThrow(/after the end/);
    await expect(collect(write("object.json", '{"id": "a"}'))).rejects.toThrow(/no OpenReview notes/);
  });
});
