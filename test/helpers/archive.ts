/** Test helpers: temporary archives, a full dump for before/after comparisons, the CLI. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openArchiveReadOnly, queryRows } from "../../src/lib/db/archive.ts";
import { DDL } from "../../src/lib/model/ddl.ts";
import { parseConfig } from "../../src/lib/config/load.ts";
import type { WorkshopConfig } from "../../src/lib/config/schema.ts";

export function tempDir(prefix = "retro-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh archive path (and key file beside it) in its own temp folder. */
export function tempArchive(): string {
  return join(tempDir(), "workshop.duckdb");
}

export function testConfig(raw: object = {}): WorkshopConfig {
  return parseConfig(raw, "(test)");
}

/** Every table of the archive, rows sorted, as one comparable string. */
export async function dumpArchive(path: string): Promise<Record<string, string>> {
  const archive = await openArchiveReadOnly(path);
  try {
    const out: Record<string, string> = {};
    for (const table of Object.keys(DDL)) {
      const rows = await queryRows(archive.conn, `SELECT * FROM ${table}`);
      out[table] = rows.map((r) => JSON.stringify(r)).sort().join("\n");
    }
    return out;
  } finally {
    archive.close();
  }
}

/** Rows of a query on a closed archive (opened read-only for the query). */
export async function rows<T = Record<string, unknown>>(path: string, sql: string): Promise<T[]> {
  const archive = await openArchiveReadOnly(path);
  try {
    return await queryRows<T>(archive.conn, sql);
  } finally {
    archive.close();
  }
}

export async function count(path: string, sql: string): Promise<number> {
  const archive = await openArchiveReadOnly(path);
  try {
    const [row] = await queryRows<{ n: number }>(archive.conn, sql);
    return Number(row.n);
  } finally {
    archive.close();
  }
}

/** Runs `retro` as a user would; returns exit code and output. */
export function runCli(args: string[], env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
