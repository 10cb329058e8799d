import { describe, expect, it } from "vitest";
import { pseudonymizer } from "../src/lib/ingest/pseudonym.ts";

describe("reviewer pseudonyms", () => {
  const p = pseudonymizer(Buffer.from("test-key"));

  it("are stable keyed hashes, never the identity itself", () => {
    const a = p({ email: "Jane.Doe@Example.org" });
    expect(a).toMatch(/^r-[0-9a-f]{12}$/);
    expect(p({ email: " jane.doe@example.org " }), "e-mail matched case-insensitively").toBe(a);
    expect(p({ email: "jane.doe@example.org", name: "Someone Else" }), "the e-mail wins over the name").toBe(a);
    expect(pseudonymizer(Buffer.from("other-key"))({ email: "jane.doe@example.org" }), "another key, another pseudonym").not.toBe(a);
  });

  it("match names loosely but system ids exactly", () => {
    expect(p({ name: "Ann  Lee" })).toBe(p({ name: "ann lee" }));
    expect(p({ id: "ICLR.cc/2020/Paper1/Reviewer_AbC1" })).not.toBe(p({ id: "ICLR.cc/2020/Paper1/Reviewer_abc1" }));
    expect(p({ id: "x" }), "an id is never confused with a name").not.toBe(p({ name: "x" }));
  });
});
