/** EasyChair committee.csv + committee_topic.csv -> committee members (chair-only) and identities. */
import type { CommitteeMember, Identity } from "../../src/lib/model/records.ts";
import { fullName } from "../common/people.ts";
import type { ParseContext } from "../types.ts";
import { cell, type EcTable } from "./tables.ts";

export interface Committee {
  members: CommitteeMember[];
  identities: Identity[];
  /** member # -> who, so reviews by a PC member get the same pseudonym. */
  byNumber: Map<string, { name: string | null; email: string | null }>;
}

export function readCommittee(tables: EcTable[], topicTables: EcTable[], ctx: ParseContext): Committee {
  const topics = new Map<string, string[]>();
  for (const t of topicTables) {
    for (const r of t.rows) {
      const member = cell(r, "member #");
      const topic = cell(r, "topic");
      if (member && topic) topics.set(member, [...(topics.get(member) ?? []), topic]);
    }
  }
  const out: Committee = { members: [], identities: [], byNumber: new Map() };
  const seen = new Set<string>();
  for (const t of tables) {
    for (const r of t.rows) {
      const number = cell(r, "#");
      const name = fullName(cell(r, "first name"), cell(r, "last name")) || null;
      const email = cell(r, "email")?.toLowerCase() ?? null;
      if (!name && !email) continue;
      const member = ctx.pseudonym({ email, name });
      if (number) out.byNumber.set(number, { name, email });
      if (seen.has(member)) continue;
      seen.add(member);
      out.identities.push({ person: member, name, email });
      out.members.push({ edition: ctx.edition, member, role: cell(r, "role") ?? "PC member", affiliation: cell(r, "affiliation", "organization"), topics: number ? topics.get(number) ?? [] : [] });
    }
  }
  return out;
}
