import { describe, expect, it } from "vitest";
import { stem } from "../../src/lib/classify/stem.ts";
import { forEachTerm, phraseKeys, termText } from "../../src/lib/classify/tokenize.ts";

function terms(text: string): string[] {
  const out: string[] = [];
  forEachTerm(text, 1, (key) => out.push(termText(key)));
  return out;
}

describe("stem", () => {
  it("brings spelling and inflection variants together", () => {
    for (const group of [
      ["optimization", "optimisation", "optimizer", "optimized", "optimizing", "optimisations"],
      ["compiler", "compile", "compilation", "compilers"],
      ["cache", "caches", "caching", "cached"],
      ["schedule", "scheduler", "scheduling", "schedules"],
      ["query", "queries"],
    ]) {
      expect(new Set(group.map(stem)).size, `one stem for ${group.join(", ")}`).toBe(1);
    }
  });

  it("leaves short and exceptional words alone", () => {
    expect(stem("string"), "not 'str'").toBe("string");
    expect(stem("speed"), "not 'spe'").toBe("speed");
    expect(stem("analysis"), "-is is not a plural").toBe("analysis");
    expect(stem("gpus")).toBe("gpu");
  });
});

describe("terms", () => {
  it("gives words and the phrases they form, without stop words alone", () => {
    const t = terms("Deployed in production at scale");
    expect(t, "unigrams").toEqual(expect.arrayContaining(["deploy", "product", "scal"]));
    expect(t, "phrases across a stop word").toEqual(expect.arrayContaining(["deploy in", "in product", "at scal"]));
    expect(t, "stop words are no unigram").not.toContain("in");
  });

  it("never pairs words across punctuation or glue words", () => {
    const t = terms("congestion control. Routing of the packets");
    expect(t).toContain("congest control");
    expect(t, "pair across a full stop").not.toContain("control rout");
    expect(t, "pair through 'of the'").not.toContain("rout packet");
  });

  it("joins hyphenated words and keeps their parts", () => {
    const t = terms("auto-tuning");
    expect(t).toEqual(expect.arrayContaining(["autotun", "auto", "tun", "auto tun"]));
    expect(terms("autotuning"), "the joined spelling meets the hyphenated one").toContain("autotun");
  });

  it("handles case, accents-free unicode and mojibake without failing", () => {
    expect(terms("TCP Congestion")).toEqual(terms("tcp congestion"));
    expect(terms("Musik f\u00fcr Alle \u201aÄôs")).toContain("musik");
    expect(terms(""), "empty text").toEqual([]);
  });

  it("keys a phrase by its pairs, or by its word", () => {
    expect(phraseKeys("cardinality estimation").map(termText)).toEqual(["cardinality estim"]);
    expect(phraseKeys("TCP").map(termText)).toEqual(["tcp"]);
  });
});
