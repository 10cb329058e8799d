/**
 * The one module that owns the DuckDB archive: where it is, how it is opened, its schema.
 * Readers (data loaders, reports) open it READ_ONLY; only the ingest and label commands write.
 */
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DDL, KEYS_CHECKED_BEFORE_WRITE, SCHEMA_VERSION } from "../model/ddl.ts";
import { RetroError } from "../errors.ts";

export const DEFAULT_DB = "data/workshop.duckdb";

/** The archive path: explicit option, then RETRO_DB, then data/workshop.duckdb. */
export function archivePath(explicit?: string): string {
  return resolve(explicit ?? process.env.RETRO_DB ?? DEFAULT_DB);
}

export interface Archive {
  path: string;
  instance: DuckDBInstance;
  conn: DuckDBConnection;
  close(): void;
}

/** Opens the archive for writing, creating it and its schema when missing. */
export async function openArchive(path: string): Promise<Archive> {
  mkdirSync(dirname(path), { recursive: true });
  const instance = await openInstance(path, {});
  const conn = await instance.connect();
  await ensureSchema(conn);
  return wrap(path, instance, conn);
}

/** Opens an existing archive read-only (safe beside a running ingest). */
export async function openArchiveReadOnly(path: string): Promise<Archive> {
  if (!existsSync(path)) {
    throw new RetroError(`No archive at ${path}.`, "Run `npm run -s retro -- ingest <export> --edition <id>` first, or `npm start` to load the sample.");
  }
  const instance = await openInstance(path, { access_mode: "READ_ONLY" });
  return wrap(path, instance, await instance.connect());
}

/** An in-memory archive with the schema, for tests and benchmarks. */
export async function openMemoryArchive(): Promise<Archive> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  await ensureSchema(conn);
  return wrap(":memory:", instance, conn);
}

/**
 * How long to wait for another process's lock on the archive before giving up: a writer waits
 * 15 s (RETRO_LOCK_WAIT_MS) and then says so; a reader (the dashboard's data loaders, reports)
 * waits out a whole ingest, up to 120 s (RETRO_READ_WAIT_MS), since a conference-scale ingest
 * with its classification can take longer than a writer should wait.
 */
function lockWaitMs(readOnly: boolean): number {
  const writer = Number(process.env.RETRO_LOCK_WAIT_MS ?? 15_000);
  return readOnly ? Math.max(writer, Number(process.env.RETRO_READ_WAIT_MS ?? 120_000)) : writer;
}

async function openInstance(path: string, options: Record<string, string>): Promise<DuckDBInstance> {
  const wait = lockWaitMs(options.access_mode === "READ_ONLY");
  const deadline = Date.now() + wait;
  for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
    try {
      return await DuckDBInstance.create(path, options);
    } catch (e) {
      const locked = /lock/i.test((e as Error).message);
      if (!locked || Date.now() + delay > deadline) throw openError(e as Error, path, wait);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function openError(e: Error, path: string, waitedMs: number): RetroError {
  const message = e.message;
  if (/lock/i.test(message)) {
    return new RetroError(
        `The archive ${path} is still in use by another process after ${waitedMs / 1000} s (${firstLine(message)}).`,
      "Wait for the other ingest to finish (or stop it), then run this again.",
    );
  }
  return new RetroError(`Cannot open the archive ${path}: ${firstLine(message)}`, "Check the path, or move the file aside and ingest again.");
}

function wrap(path: string, instance: DuckDBInstance, conn: DuckDBConnection): Archive {
  let closed = false;
  return {
    path,
    instance,
    conn,
    close() {
      if (closed) return;
      closed = true;
      conn.closeSync();
      instance.closeSync();
    },
  };
}

export async function ensureSchema(conn: DuckDBConnection): Promise<void> {
  for (const ddl of Object.values(DDL)) await conn.run(ddl);
  const found = await conn.runAndReadAll(`SELECT value FROM meta WHERE key = 'schema_version'`);
  const version = found.getRowObjectsJS()[0]?.value;
  if (version === undefined) {
    await conn.run(`INSERT INTO meta VALUES ('schema_version', '${SCHEMA_VERSION}')`);
  } else if (Number(version) === 1 && SCHEMA_VERSION === 2) {
    await migrateFrom1(conn);
  } else if (Number(version) !== SCHEMA_VERSION) {
    throw new RetroError(
      `The archive has schema version ${version}; this workshop-retro expects ${SCHEMA_VERSION}.`,
      "Re-ingest your exports into a new archive (--db new.duckdb).",
    );
  }
}

/**
 * Version 1 -> 2: the tables of KEYS_CHECKED_BEFORE_WRITE lose their DuckDB primary keys
 * (DuckDB cannot drop a constraint, so each is rebuilt), in one transaction.
 */
async function migrateFrom1(conn: DuckDBConnection): Promise<void> {
  await conn.run("BEGIN TRANSACTION");
  try {
    for (const table of Object.keys(KEYS_CHECKED_BEFORE_WRITE)) {
      await conn.run(`ALTER TABLE ${table} RENAME TO ${table}_v1`);
      await conn.run(DDL[table]);
      await conn.run(`INSERT INTO ${table} SELECT * FROM ${table}_v1`);
      await conn.run(`DROP TABLE ${table}_v1`);
    }
    await conn.run(`UPDATE meta SET value = '2' WHERE key = 'schema_version'`);
    await conn.run("COMMIT");
  } catch (e) {
    await conn.run("ROLLBACK").catch(() => undefined);
    throw new RetroError(`The archive could not be upgraded from schema version 1: ${(e as Error).message}`, "It is unchanged. Re-ingest your exports into a new archive (--db new.duckdb).");
  }
}

/** Runs a query and returns plain JS rows (BIGINTs become numbers when safe). */
export async function queryRows<T = Record<string, unknown>>(
  conn: DuckDBConnection,
  sql: string,
  params?: Record<string, unknown>,
): Promise<T[]> {
  const reader = params ? await conn.runAndReadAll(sql, params as never) : await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) out[k] = typeof v === "bigint" ? Number(v) : v;
    return out as T;
  }) as T[];
}

function firstLine(s: string): string {
  return s.split("\n")[0];
}
