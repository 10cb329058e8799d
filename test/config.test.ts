import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, parseConfig } from "../src/lib/config/load.ts";
import { RetroError } from "../src/lib/errors.ts";
import { DEFAULT_AREAS } from "../src/lib/config/taxonomy.ts";
import { tempDir } from "./helpers/archive.ts";

function configError(raw: unknown): RetroError {
  try {
    parseConfig(raw, "workshop.config.json");
  } catch (e) {
    return e as RetroError;
  }
  throw new Error("expected a configuration error");
}

describe("workshop configuration", () => {
  it("defaults to the PACMI call for papers", () => {
    const c = parseConfig({}, "x");
    expect(c.name).toBe("PACMI");
    expect(c.taxonomy.areas).toEqual([...DEFAULT_AREAS]);
    expect(c.taxonomy.challenges).toContain("feedback loops");
    expect(c.privacy.k).toBe(5);
    expect(c.scores.overall[0]).toBe("Overall merit");
  });

  it("names the path of a wrong key and suggests the fix", () => {
    const e = configError({ edition: [] });
    expect(e.message).toMatch(/at `\(top level\)`: unknown key "edition"/);
    expect(e.fix).toMatch(/typo such as "edition" for "editions"/);
  });

  it("names the path of a wrong value", () => {
    const e = configError({ editions: [{ id: "2024", year: 2024 }, { id: "2025", year: "2025" }] });
    expect(e.message).toMatch(/`editions\[1\]\.year`/);
    expect(e.fix).toMatch(/expected type \(number\)/);
    expect(configError({ decisions: { Accepted: { status: "accept" } } }).message).toMatch(/`decisions\.Accepted\.status`: should be one of accepted, rejected/);
    expect(configError({ editions: [{ id: "2024", year: 2024, review_deadline: "next friday" }] }).message).toMatch(/review_deadline`: should be an ISO date/);
  });

  it("refuses an edition listed twice", () => {
    expect(configError({ editions: [{ id: "2024", year: 2024 }, { id: "2024", year: 2024 }] }).message).toMatch(/listed twice/);
  });

  it("reports invalid JSON with the file name", () => {
    const dir = tempDir();
    const file = join(dir, "bad.json");
    writeFileSync(file, '{"name": "PACMI",}');
    expect(() => loadConfig(file)).toThrow(/not valid JSON/);
    expect(() => loadConfig(join(dir, "missing.json"))).toThrow(/not found/);
  });
});
