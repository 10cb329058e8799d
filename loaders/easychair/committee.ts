/** EasyChair committee.csv + committee_topic.csv -> committee members (chair-only) and identities. */
import type { CommitteeMember, Identity } from "../../src/lib/model/records.ts";
import { fullName } from "../common/people.ts";
import type { ParseContext } from "../types.ts";
import { column, type EcTable } from "./tables.ts";

export interface Committee {
  members: CommitteeMember[];
  identities: Identity[];
  /** member # -> who, so reviews by a PC member get the same pseudonym. */
  byNumber: Map<string, { name: string | null; email: string | null }>;
}

export function readCommittee(tables: EcTable[], topicTables: EcTable[], ctx: ParseContext): Committee {
  const topics = new Map<string, string[]>();
  for (const t of topicTables) {
    const members = column(t, "member #");
    const topicCells = column(t, "topic");
    for (let i = 0; i < t.size; i++) {
      const member = members[i];
      const topic = topicCells[i];
      if (member && topic) topics.set(member, [...(topics.get(member) ?? []), topic]);
    }
  }
  const out: Committee = { members: [], identities: [], byNumber: new Map() };
  const seen = new Set<string>();
  for (const t of tables) {
    const [numbers, first, last, emails, roles, affiliations] = [column(t, "#"), column(t, "first name"), column(t, "last name"), column(t, "email"), column(t, "role"), column(t, "affiliation", "organization")];
    for (let i = 0; i < t.size; i++) {
      const number = numbers[i];
      const name = fullName(first[i], last[i]) || null;
      const email = emails[i]?.toLowerCase() ?? null;
      if (!name && !email) continue;
      const member = ctx.pseudonym({ email, name });
      if (number) out.byNumber.set(number, { name, email });
      if (seen.has(member)) continue;
      seen.add(member);
      out.identities.push({ person: member, name, email });
      out.members.push({ edition: ctx.edition, member, role: roles[i] ?? "PC member", affiliation: affiliations[i], topics: number ? topics.get(number) ?? [] : [] });
    }
  }
  return out;
}
