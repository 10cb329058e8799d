/**
 * The adversarial inputs too big to commit, generated at test time into a scratch folder:
 * a 50 MB single field, JSON nested 100,000 levels deep, zip bombs. Each generator writes one
 * file (or folder) and returns its path. `npx tsx scripts/gen-bad-fixtures.ts DIR` writes all.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { zipSync } from "fflate";

const MB = 1_000_000;
const DEPTH = 100_000;

function put(dir: string, name: string, data: string | Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** A HotCRP submissions CSV whose one abstract is 50 MB of text. */
function hugeFieldCsv(dir: string): string {
  const abstract = "deployment lessons ".repeat(Math.ceil((50 * MB) / 19)).slice(0, 50 * MB);
  return put(dir, "hotcrp-csv-50mb-single-field.csv", `ID,Title,Status,Authors,Abstract,Decision\n11,Huge abstract,Accepted,A. Lee,"${abstract}",Accepted\n`);
}

/** A HotCRP paper JSON whose title is one 50 MB string. */
function hugeFieldJson(dir: string): string {
  const title = "x".repeat(50 * MB);
  return put(dir, "hotcrp-json-50mb-single-field.json", `[{"object":"paper","pid":1,"title":"${title}","status":"submitted","submitted":true,"authors":[]}]\n`);
}

/** A HotCRP paper JSON whose topics are arrays nested 100,000 levels deep. */
function deepJsonHotcrp(dir: string): string {
  const deep = "[".repeat(DEPTH) + "]".repeat(DEPTH);
  return put(dir, "hotcrp-json-nested-100000-deep.json", `[{"object":"paper","pid":1,"title":"Deep","status":"submitted","submitted":true,"authors":[],"topics":${deep}}]\n`);
}

/** OpenReview notes whose abstract is an object nested 100,000 levels deep. */
function deepJsonOpenReview(dir: string): string {
  const deep = '{"a":'.repeat(DEPTH) + "1" + "}".repeat(DEPTH);
  const notes = readFileSync(resolve("test/fixtures/openreview/v2-venueid-status.json"), "utf8");
  return put(dir, "openreview-json-nested-100000-deep.json", notes.replace('"value": "Abstract of paper 1."', `"value": ${deep}`));
}

/** Nothing but 100,000 nested arrays. */
function deepJsonBare(dir: string): string {
  return put(dir, "json-bare-nested-100000-deep.json", "[".repeat(DEPTH) + "]".repeat(DEPTH));
}

const ZEROS = 16 * 2 ** 20;

/** Patches every declared size (local and central headers) of a zip made by fflate. */
function patchDeclaredSizes(zip: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return zip;
}

/** An EasyChair-named member that declares 1,000 bytes and inflates to 16 MiB (and more, if it could). */
function zipBombLyingSize(dir: string): string {
  const zip = zipSync({ "submission.csv": new Uint8Array(ZEROS) }, { level: 9 });
  return put(dir, "easychair-zip-bomb-lying-size.zip", patchDeclaredSizes(zip, 1000));
}

/** A member that honestly declares 3.75 GiB: refused from the table of contents alone. */
function zipBombDeclaredHuge(dir: string): string {
  const zip = zipSync({ "review.csv": new Uint8Array(ZEROS) }, { level: 9 });
  return put(dir, "easychair-zip-bomb-declared-3-75-gib.zip", patchDeclaredSizes(zip, 0xf0000000));
}

/** 10,000 members of zeros. */
function zipBombManyMembers(dir: string): string {
  const members: Record<string, Uint8Array> = {};
  for (let i = 0; i < 10_000; i++) members[`${i}_submission.csv`] = new Uint8Array(0);
  return put(dir, "easychair-zip-bomb-10000-members.zip", zipSync(members));
}

export const GENERATORS: Record<string, (dir: string) => string> = {
  "huge-field-csv": hugeFieldCsv,
  "huge-field-json": hugeFieldJson,
  "deep-json-hotcrp": deepJsonHotcrp,
  "deep-json-openreview": deepJsonOpenReview,
  "deep-json-bare": deepJsonBare,
  "zip-bomb-lying-size": zipBombLyingSize,
  "zip-bomb-declared-huge": zipBombDeclaredHuge,
  "zip-bomb-many-members": zipBombManyMembers,
};

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const dir = resolve(process.argv[2] ?? "test/output/bad-generated");
  for (const [name, make] of Object.entries(GENERATORS)) console.log(`${name}: ${make(dir)}`);
}
