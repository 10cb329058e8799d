import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/lib/site/csv.ts";

describe("CSV downloads", () => {
  it("neutralise cells a spreadsheet would run as a formula", () => {
    for (const attack of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(csvCell(attack).replace(/^"/, "").startsWith("'"), `${JSON.stringify(attack)} is prefixed with a quote`).toBe(true);
    }
    expect(csvCell("=cmd|' /C calc'!A0"), "quoted as text").toBe("'=cmd|' /C calc'!A0");
  });

  it("leave ordinary text and numbers (negative ones too) as they are", () => {
    expect(csvCell("Databases")).toBe("Databases");
    expect(csvCell(-0.25), "a number is not a formula").toBe("-0.25");
    expect(csvCell(1200)).toBe("1200");
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(["a", "b"])).toBe("a; b");
  });

  it("quote commas, quotes and line breaks (RFC 4180) and write a header", () => {
    const csv = toCsv([{ title: 'Say "hi", world', n: 2 }, { title: "=1+1\nx", n: -1 }], ["title", "n"], { title: "Title" });
    expect(csv).toBe('Title,n\r\n"Say ""hi"", world",2\r\n"\'=1+1\nx",-1\r\n');
  });
});
