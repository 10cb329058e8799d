/**
 * Bulk insertion of canonical records through DuckDB's appender, 2,048-row data chunks at a
 * time (about 10x faster than row-by-row appends when rows hold lists).
 */
import {
  BIGINT,
  BOOLEAN,
  DOUBLE,
  DuckDBDataChunk,
  INTEGER,
  LIST,
  TIMESTAMP,
  VARCHAR,
  listValue,
  timestampValue,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from "@duckdb/node-api";

const CHUNK = 2048;

/** Appends `rows` into `table`, columns in the order DuckDB reports them. */
export async function appendRecords(conn: DuckDBConnection, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = await tableColumns(conn, table);
  const types = columns.map((c) => duckType(c.type));
  const appender = await conn.createAppender(table);
  try {
    for (let offset = 0; offset < rows.length; offset += CHUNK) {
      const n = Math.min(CHUNK, rows.length - offset);
      const chunk = DuckDBDataChunk.create(types, n);
      const values: DuckDBValue[][] = columns.map(() => new Array(n));
      for (let i = 0; i < n; i++) {
        const row = rows[offset + i] as Record<string, unknown>;
        for (let c = 0; c < columns.length; c++) values[c][i] = toDuck(row[columns[c].name], columns[c].type);
      }
      chunk.setColumns(values);
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

interface Column {
  name: string;
  type: string;
}

async function tableColumns(conn: DuckDBConnection, table: string): Promise<Column[]> {
  const reader = await conn.runAndReadAll(`SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = $t ORDER BY ordinal_position`, { t: table });
  return reader.getRowObjectsJS() as unknown as Column[];
}

function duckType(type: string): DuckDBType {
  switch (type) {
    case "VARCHAR":
    case "JSON":
      return VARCHAR;
    case "DOUBLE":
      return DOUBLE;
    case "INTEGER":
      return INTEGER;
    case "BOOLEAN":
      return BOOLEAN;
    case "BIGINT":
      return BIGINT;
    case "TIMESTAMP":
      return TIMESTAMP;
    case "VARCHAR[]":
      return LIST(VARCHAR);
    default:
      throw new Error(`appendRecords: unsupported column type ${type}`);
  }
}

function toDuck(value: unknown, type: string): DuckDBValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "TIMESTAMP":
      return timestampValue(BigInt((value as Date).getTime()) * 1000n);
    case "VARCHAR[]":
      return listValue((value as string[]).map(String));
    case "BIGINT":
      return BigInt(value as number);
    case "JSON":
      return typeof value === "string" ? value : JSON.stringify(value);
    default:
      return value as DuckDBValue;
  }
}
