/**
 * Properties of every adapter's parsing of scores, names, dates and decisions: whatever the
 * input, parsing never throws where it should return "unreadable", never invents a value,
 * and reads back exactly what an export writes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLetterSymbol, letterValue, parseNumericScore, worstLetter, worstOfScale } from "../../loaders/common/scores.ts";
import { parseTimestamp } from "../../loaders/common/dates.ts";
import { defaultDecision, mapDecision, presentationOf } from "../../loaders/common/decisions.ts";
import { countWords, fullName, parseHotcrpAuthors } from "../../loaders/common/people.ts";
import { decodeEntities } from "../../loaders/common/entities.ts";
import { parseCmtAuthors, parseCmtDate } from "../../loaders/cmt/values.ts";
import { parseScoresCell } from "../../loaders/easychair/reviews.ts";
import { msDate } from "../../loaders/openreview/content.ts";
import { splitKeywords } from "../../loaders/hotcrp/papers.ts";
import { runs } from "./runs.ts";

const STATUSES = ["accepted", "rejected", "desk_rejected", "withdrawn", "pending"];
/** Words as people and affiliations are named: letters, digits, a few marks, no separators. */
const word = fc.stringMatching(/^[A-Za-zà-öø-ÿ][A-Za-zà-öø-ÿ0-9.'-]{0,11}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
/** Instants between 1990 and 2100, whole seconds. */
const instant = fc.integer({ min: 631152000, max: 4102444800 }).map((s) => new Date(s * 1000));

describe("scores (loaders/common/scores.ts; HotCRP, OpenReview, EasyChair, CMT, CSV)", () => {
  it("a number written alone, signed, or followed by a label reads back as that number and label", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom("", ": ", ". ", ") ", " "), fc.option(phrase, { nil: undefined }), fc.boolean(), (whole, cents, sep, label, signed) => {
        const value = whole + cents / 100;
        const text = `${signed && value >= 0 ? "+" : ""}${value}${label !== undefined ? `${sep || " "}${label}` : ""}`;
        const parsed = parseNumericScore(text);
        expect(parsed?.value).toBe(value);
        expect(parsed?.label ?? null).toBe(label !== undefined ? label.trim() : null);
      }),
      runs(2000),
    );
  });

  it("any text: either a finite number or null, never NaN or Infinity, never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom("NaN", "Infinity", "-Infinity", "1e999", "0x1F", "", " ", "--3", "4..5")), (text) => {
        const parsed = parseNumericScore(text);
        if (parsed) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
      runs(3000),
    );
  });

  it("letter scales: A is best; the worst letter is 1; values are consecutive and distinct", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), (span) => {
        const letters = Array.from({ length: span + 1 }, (_, i) => String.fromCharCode(65 + i));
        const worst = worstLetter(letters);
        expect(worst).toBe(letters.at(-1));
        expect(worstOfScale(`A-${worst}`)).toBe(worst);
        const values = letters.map((l) => letterValue(l, worst));
        expect(values[0]).toBe(span + 1);
        expect(values.at(-1)).toBe(1);
        values.slice(1).forEach((v, i) => expect(values[i] - v).toBe(1));
        letters.forEach((l) => expect(isLetterSymbol(` ${l} `)).toBe(true));
      }),
      runs(200),
    );
  });

  it("EasyChair 'Field: value' lines read back field by field; yes/no answers are not scores", () => {
    const field = fc.stringMatching(/^[A-Za-z][A-Za-z' ]{0,20}[A-Za-z]$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(field, fc.integer({ min: -5, max: 10 })), { minLength: 1, maxLength: 6, selector: ([f]) => f }), fc.option(field, { nil: undefined }), (pairs, yesNo) => {
        const lines = pairs.map(([f, v]) => `${f}: ${v > 0 ? "+" : ""}${v}`);
        if (yesNo && !pairs.some(([f]) => f === yesNo)) lines.splice(1, 0, `${yesNo}: yes`);
        const scores = parseScoresCell(lines.join("\n"), { file: "review.csv", row: 1 });
        expect(scores.size).toBe(pairs.length);
        for (const [f, v] of pairs) expect(scores.get(f)?.value).toBe(v);
      }),
      runs(1000),
    );
  });
});

describe("dates (HotCRP, OpenReview, CMT)", () => {
  it("HotCRP 'Y-m-d H:i:s O', ISO and Unix seconds all read back as the same instant", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -12 * 4, max: 14 * 4 }), (date, quarterHours) => {
        const offset = quarterHours * 15;
        const local = new Date(date.getTime() + offset * 60000);
        const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");
        const o = `${offset < 0 ? "-" : "+"}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
        const hotcrp = `${local.toISOString().slice(0, 10)} ${local.toISOString().slice(11, 19)} ${o}`;
        expect(parseTimestamp(hotcrp)?.getTime(), hotcrp).toBe(date.getTime());
        expect(parseTimestamp(date.toISOString())?.getTime()).toBe(date.getTime());
        expect(parseTimestamp(date.getTime() / 1000)?.getTime()).toBe(date.getTime());
        expect(parseTimestamp(String(date.getTime() / 1000))?.getTime()).toBe(date.getTime());
      }),
      runs(2000),
    );
  });

  it("CMT 'M/D/YYYY h:mm:ss AM -08:00' reads back as the same instant", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -12, max: 14 }), (date, hours) => {
        const local = new Date(date.getTime() + hours * 3600000);
        const h = local.getUTCHours();
        const text = `${local.getUTCMonth() + 1}/${local.getUTCDate()}/${local.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${String(local.getUTCMinutes()).padStart(2, "0")}:${String(local.getUTCSeconds()).padStart(2, "0")} ${h < 12 ? "AM" : "PM"} ${hours < 0 ? "-" : "+"}${String(Math.abs(hours)).padStart(2, "0")}:00`;
        expect(parseCmtDate(text)?.getTime(), text).toBe(date.getTime());
      }),
      runs(2000),
    );
  });

  it("OpenReview epoch milliseconds read back; nothing parses to an Invalid Date", () => {
    fc.assert(
      fc.property(instant, fc.anything(), fc.string(), (date, junk, text) => {
        expect(msDate(date.getTime())?.getTime()).toBe(date.getTime());
        for (const parsed of [msDate(junk), parseTimestamp(junk), parseTimestamp(text), parseCmtDate(text)]) {
          if (parsed instanceof Date) expect(Number.isNaN(parsed.getTime())).toBe(false);
          else expect([null, undefined]).toContain(parsed);
        }
      }),
      runs(2000),
    );
  });
});

describe("names (HotCRP, CMT, every adapter's full names)", () => {
  const affiliation = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
  const groups = fc.array(fc.tuple(fc.array(phrase, { minLength: 1, maxLength: 3 }), fc.option(affiliation, { nil: null })), { minLength: 1, maxLength: 4 });

  it("HotCRP 'Ann Lee, Bo Chen (MIT); Cy Diaz (CMU)' reads back name by name with the group's affiliation", () => {
    fc.assert(
      fc.property(groups, (gs) => {
        const cell = gs.map(([names, aff]) => `${names.join(", ")}${aff ? ` (${aff})` : ""}`).join("; ");
        const expected = gs.flatMap(([names, aff]) => names.map((name) => ({ name, affiliation: aff })));
        expect(parseHotcrpAuthors(cell)).toEqual(expected);
      }),
      runs(1500),
    );
  });

  it("CMT 'Name (Affiliation (Unit))*; ...' reads back with nested parentheses and the contact star", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, fc.option(affiliation, { nil: null }), fc.option(word, { nil: null }), fc.boolean()), { minLength: 1, maxLength: 5 }), (authors) => {
        const cell = authors.map(([name, aff, unit, star]) => `${name}${aff ? ` (${aff}${unit ? ` (${unit})` : ""})` : ""}${star ? "*" : ""}`).join("; ");
        expect(parseCmtAuthors(cell)).toEqual(authors.map(([name, aff, unit, star]) => ({ name, affiliation: aff ? `${aff}${unit ? ` (${unit})` : ""}` : null, is_contact: star })));
      }),
      runs(1500),
    );
  });

  it("full names join given and family names, falling back to the one-field name", () => {
    fc.assert(
      fc.property(fc.option(phrase, { nil: null }), fc.option(phrase, { nil: null }), fc.option(phrase, { nil: null }), (given, family, name) => {
        const full = fullName(given, family, name);
        if (given || family) expect(full).toBe([given, family].filter(Boolean).join(" "));
        else expect(full).toBe(name ?? "");
      }),
      runs(1000),
    );
  });

  it("word counts equal the words written, whatever the whitespace and bullets between them", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(fc.constantFrom(" ", "\n", "\t", "  ", "\r\n", " - ", " * ", "\u00a0"), { minLength: 1 }), (words, gaps) => {
        const text = words.map((w, i) => `${w}${gaps[i % gaps.length]}`).join("");
        expect(countWords(text)).toBe(words.length);
      }),
      runs(1500),
    );
  });

  it("keywords split on ';' and new lines, trimmed, none empty", () => {
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 8 }), fc.constantFrom("; ", ";", "\n", " ;\n"), (keywords, sep) => {
        expect(splitKeywords(keywords.join(sep))).toEqual(keywords);
      }),
      runs(1000),
    );
  });

  it("HTML entities are decoded exactly once: encoding any text and decoding gives it back", () => {
    const encode = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(decodeEntities(encode(s))).toBe(s);
        expect(decodeEntities(encode(encode(s)))).toBe(encode(s));
      }),
      runs(2000),
    );
  });
});

describe("decisions (every adapter maps labels through loaders/common/decisions.ts)", () => {
  it("any label maps to a known status or to null (an error naming the label), never a guess", () => {
    fc.assert(
      fc.property(fc.string(), (label) => {
        const m = mapDecision(label, {});
        if (m) expect(STATUSES).toContain(m.status);
      }),
      runs(3000),
    );
  });

  it("configured labels win, matched case- and space-insensitively, including names such as __proto__", () => {
    // Labels whose case can round-trip ("ß" upper-cases to "SS": no export system does that to a label).
    const label = fc.oneof(phrase, fc.constantFrom("__proto__", "constructor", "toString", "Accept", "Reject")).filter((l) => l.toUpperCase().toLowerCase() === l.toLowerCase());
    fc.assert(
      fc.property(label, fc.constantFrom(...STATUSES), fc.constantFrom("upper", "lower", "pad"), (label, status, variant) => {
        const configured = JSON.parse(JSON.stringify({ [label]: { status } }));
        const written = variant === "upper" ? label.toUpperCase() : variant === "lower" ? label.toLowerCase() : `  ${label} `;
        expect(mapDecision(written, configured)?.status).toBe(status);
        if (!/^(accept|reject|invite|withdr|desk|unspecified|undecided|pending|none|submitted|n\/?a|no decision|conditional|refuse|decline|strong|weak)/i.test(label.trim()) && label.trim() !== "-") {
          expect(mapDecision(written, {}), `"${written}" is not guessed without configuration`).toBeNull();
        }
      }),
      runs(2000),
    );
  });

  it("Accept/Reject labels with any presentation suffix map to accepted/rejected; the presentation is read from the suffix", () => {
    fc.assert(
      fc.property(fc.constantFrom("Accept", "Accepted", "accept", "ACCEPTED"), fc.constantFrom(["(Oral)", "oral"], ["(Poster)", "poster"], ["(Spotlight)", "spotlight"], [": talk", "oral"], ["", null]), fc.constantFrom("Reject", "Rejected", "reject"), (accept, [suffix, presentation], reject) => {
        const label = `${accept} ${suffix}`.trim();
        expect(defaultDecision(label)).toEqual({ status: "accepted", presentation });
        expect(presentationOf(label)).toBe(presentation);
        expect(defaultDecision(`${reject} ${suffix}`.trim())?.status).toBe("rejected");
      }),
      runs(500),
    );
  });
});
