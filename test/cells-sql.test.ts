// The HotCRP review reader recognises score fields in DuckDB: its blank-cell and symbol-cell
// tests must agree with JavaScript's trim() and the symbol rule the other adapters use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { countWords, isBlankSql, trimmedMatchesSql } from "../loaders/common/people.ts";

let instance: DuckDBInstance;
let conn: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
});
afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

async function inSql(texts: Array<string | null>): Promise<Array<{ blank: boolean; symbol: boolean }>> {
  await conn.run("CREATE OR REPLACE TEMP TABLE t (i INTEGER, s VARCHAR)");
  const appender = await conn.createAppender("t");
  texts.forEach((s, i) => {
    appender.appendInteger(i);
    if (s === null) appender.appendNull();
    else appender.appendVarchar(s);
    appender.endRow();
  });
  appender.closeSync();
  const reader = await conn.runAndReadAll(`SELECT ${isBlankSql("s")}, ${trimmedMatchesSql("s", "[A-Z]|[+-][0-9]{1,2}|[0-9]{1,3}")} FROM t ORDER BY i`);
  return (reader.getRowsJS() as Array<[boolean, boolean]>).map(([blank, symbol]) => ({ blank, symbol }));
}

const jsSymbol = (s: string) => {
  const t = s.trim();
  return t.length <= 3 && (/^[A-Z]$/.test(t) || /^[+-]?\d+$/.test(t));
};

// Characters that matter: separators, JS-only whitespace, punctuation, digits, letters in and
// beyond the BMP, combining marks.
const pieces = fc.constantFrom(" ", "\t", "\n", "\r\n", "\v", "\f", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "-", "*", "—", "+", "3", "42", "a", "Word", "é", "ß", "日本", "٣", "𝐀", "😀", "\u0301", "x-y", "=", "A", "B");
const texts = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(""));

describe("cell tests in DuckDB equal those in JavaScript", () => {
  it("on known cases", async () => {
    const cases = ["", "   ", "\u00a0\u2003", "\ufeff 4 ", " B", "-2", "+10", "1000", "AB", "4: Accept", null];
    const sql = await inSql(cases);
    expect(sql.map((r) => r.blank)).toEqual([true, true, true, false, false, false, false, false, false, false, true]);
    expect(sql.map((r) => r.symbol)).toEqual([false, false, false, true, true, true, true, false, false, false, false]);
  });

  it("on 500 generated cells (fast-check)", async () => {
    const samples = fc.sample(texts, { numRuns: 500, seed: 20261128 });
    const sql = await inSql(samples);
    samples.forEach((s, i) => {
      expect({ s, blank: sql[i].blank, symbol: sql[i].symbol }).toEqual({ s, blank: !s.trim(), symbol: jsSymbol(s) });
    });
  });
});

describe("countWords", () => {
  it("counts tokens holding a letter or digit, including letters beyond the BMP", () => {
    expect(countWords("+ Clear writing.\n- Weak eval — sadly.\n\n* 3 results")).toBe(7);
    expect(countWords("𝐀𝐁 test 😀 —")).toBe(2);
    expect(countWords("日本語の査読\u00a0ok")).toBe(2);
  });
});
