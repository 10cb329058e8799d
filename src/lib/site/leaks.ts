/**
 * Scans a built site (every text file under a folder) for strings that must not be in it:
 * reviewer names and e-mails, titles of papers that were not accepted. Each string is looked
 * for as written, JSON-escaped and HTML-escaped, case-insensitively.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";

export interface Secret {
  /** What kind of secret, for the report: "reviewer e-mail", "rejected title (2024 #12)". */
  kind: string;
  text: string;
}

export interface Finding {
  file: string;
  kind: string;
  text: string;
}

const TEXT_FILES = new Set([".html", ".js", ".json", ".css", ".csv", ".txt", ".svg", ".md", ".map", ".xml"]);

const html = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

/** The forms a string can take in a built page or data file. */
function forms(text: string): string[] {
  const json = JSON.stringify(text).slice(1, -1);
  const asciiJson = json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return [...new Set([text, json, asciiJson, html(text), html(json)].map((f) => f.toLowerCase()))];
}

/** Every text file under `dir`, recursively. */
export function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => TEXT_FILES.has(extname(f)) && statSync(f).isFile());
}

/** Where each secret occurs under `dir` (empty when the folder is clean). */
export function scanForSecrets(dir: string, secrets: Secret[]): Finding[] {
  const needles = secrets.filter((s) => s.text.trim().length >= 4).map((s) => ({ ...s, forms: forms(s.text) }));
  const findings: Finding[] = [];
  for (const file of textFiles(dir)) {
    const content = readFileSync(file, "utf8").toLowerCase();
    for (const n of needles) if (n.forms.some((f) => content.includes(f))) findings.push({ file: relative(dir, file), kind: n.kind, text: n.text });
  }
  return findings;
}
