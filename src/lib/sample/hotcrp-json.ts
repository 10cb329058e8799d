/**
 * Paper JSON (`get/json`) in two HotCRP generations: v2 (`first`/`last`, topics as an object,
 * custom fields under `options`) and the current shape (`object:"paper"`, `given_name`,
 * topic lists, fields by name). FORMATS.md 1.3. PHP's pretty print is 4 spaces.
 */
import { jsonStatusCategory } from "./decisions.ts";
import type { Paper } from "./types.ts";

/** `json_encode(..., JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n"`. */
export function phpJson(value: unknown): string {
  return `${JSON.stringify(value, null, 4)}\n`;
}

function v2Paper(p: Paper): Record<string, unknown> {
  const o: Record<string, unknown> = { pid: p.pid, title: p.title };
  if (p.decision !== null) o.decision = p.decision;
  if (p.status === "withdrawn") {
    Object.assign(o, { status: "withdrawn", withdrawn: true, withdrawn_at: p.withdrawnAt });
  } else {
    Object.assign(o, { status: p.decision ?? "submitted", submitted: true });
  }
  o.submitted_at = p.submittedAt;
  o.authors = p.authors.map((a, i) => ({
    email: a.email, first: a.given, last: a.family, affiliation: a.affiliation, ...(p.contacts[i] ? { contact: true } : {}),
  }));
  o.abstract = p.abstract;
  if (p.topics.length > 0) o.topics = Object.fromEntries(p.topics.map((t) => [t, true]));
  o.options = { keywords: p.keywords.join(", ") };
  return o;
}

function v3Paper(p: Paper): Record<string, unknown> {
  const o: Record<string, unknown> = {
    object: "paper",
    pid: p.pid,
    title: p.title,
    abstract: p.abstract,
    authors: p.authors.map((a) => ({ email: a.email, given_name: a.given, family_name: a.family, affiliation: a.affiliation })),
    topics: p.topics,
    Keywords: p.keywords.join(", "),
  };
  if (p.decision !== null) o.decision = p.decision;
  o.status = jsonStatusCategory(p.status);
  if (p.status === "withdrawn") Object.assign(o, { withdrawn: true, withdrawn_at: p.withdrawnAt });
  else o.submitted = true;
  o.submitted_at = p.submittedAt;
  o.modified_at = p.modifiedAt;
  if (p.tags.length > 0) o.tags = p.tags;
  return o;
}

export function papersJson(papers: readonly Paper[], shape: "v2" | "v3"): string {
  return phpJson(papers.map(shape === "v2" ? v2Paper : v3Paper));
}
