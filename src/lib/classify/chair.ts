/**
 * A chair's labels: validated against the configured taxonomy, stored one row per field in
 * `chair_labels`, and laid over the model's output (a chair's value always wins).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { KINDS, OTHER_AREA, type Kind } from "../config/taxonomy.ts";
import { queryRows } from "../db/archive.ts";
import { RetroError, type Location } from "../errors.ts";
import type { Classification } from "./classifier.ts";
import { resolveLabel, type LabelSpace } from "./corpus.ts";

export const CHAIR_FIELDS = ["area", "second_area", "kind", "challenges", "methods"] as const;
export type ChairField = (typeof CHAIR_FIELDS)[number];

/** A chair's decision; an absent field is not labelled. `second_area: null` means "no second area". */
export interface ChairLabels {
  area?: string;
  second_area?: string | null;
  kind?: Kind;
  challenges?: string[];
  methods?: string[];
}

/** Raw values as typed by a chair (CLI flags or CSV cells): lists separated by ";", "none" for an empty list. */
export type RawLabels = Partial<Record<ChairField, string>>;

/** Validates raw values, matching labels case-insensitively; errors list the valid choices. */
export function parseChairLabels(raw: RawLabels, space: LabelSpace, where: Location = {}): ChairLabels {
  const out: ChairLabels = {};
  const one = (field: ChairField, labels: readonly string[], value: string): string => {
    const hit = resolveLabel(labels, value);
    if (!hit) throw new RetroError(`Unknown ${field.replace("_", " ")} "${value}".`, `Use one of: ${labels.join(", ")}.`, { ...where, column: where.column ?? field });
    return hit;
  };
  const many = (field: "challenges" | "methods", value: string): string[] =>
    isNone(value) ? [] : [...new Set(value.split(";").map((v) => v.trim()).filter(Boolean).map((v) => one(field, space[field], v)))];
  if (raw.area !== undefined) out.area = one("area", space.areas, raw.area);
  if (raw.second_area !== undefined) out.second_area = isNone(raw.second_area) ? null : one("second_area", space.areas, raw.second_area);
  if (raw.kind !== undefined) out.kind = one("kind", KINDS, raw.kind) as Kind;
  if (raw.challenges !== undefined) out.challenges = many("challenges", raw.challenges);
  if (raw.methods !== undefined) out.methods = many("methods", raw.methods);
  if (out.second_area && out.area && out.second_area === out.area) {
    throw new RetroError(`The second area "${out.second_area}" is the same as the area.`, "Give a different second area, or none.", { ...where, column: "second_area" });
  }
  return out;
}

function isNone(value: string): boolean {
  return /^(none|-)$/i.test(value.trim());
}

/** Chair labels of one edition (or every edition), by `edition\u0000id`. */
export async function readChairLabels(conn: DuckDBConnection, edition?: string): Promise<Map<string, ChairLabels>> {
  const rows = await queryRows<{ edition: string; submission_id: string; field: ChairField; value: string }>(
    conn,
    `SELECT edition, submission_id, field, CAST(value AS VARCHAR) AS value FROM chair_labels ${edition === undefined ? "" : "WHERE edition = $edition"} ORDER BY edition, submission_id, field`,
    edition === undefined ? undefined : { edition },
  );
  const out = new Map<string, ChairLabels>();
  for (const r of rows) {
    const key = paperKey(r.edition, r.submission_id);
    const labels = out.get(key) ?? {};
    (labels as Record<string, unknown>)[r.field] = JSON.parse(r.value);
    out.set(key, labels);
  }
  return out;
}

export function paperKey(edition: string, id: string): string {
  return `${edition}\u0000${id}`;
}

/** Stores the given fields (replacing earlier values of those fields only). */
export async function writeChairLabels(conn: DuckDBConnection, edition: string, id: string, labels: ChairLabels, at: Date): Promise<void> {
  for (const field of CHAIR_FIELDS) {
    if (!(field in labels)) continue;
    await conn.run(`DELETE FROM chair_labels WHERE edition = $edition AND submission_id = $id AND field = $field`, { edition, id, field });
    await conn.run(`INSERT INTO chair_labels VALUES ($edition, $id, $field, $value, $at::TIMESTAMP)`, {
      edition,
      id,
      field,
      value: JSON.stringify(labels[field]),
      at: sqlTimestamp(at),
    });
  }
}

/** Removes the chair's labels of the given fields (all fields when none are given). */
export async function clearChairLabels(conn: DuckDBConnection, edition: string, id: string, fields: readonly ChairField[] = CHAIR_FIELDS): Promise<void> {
  for (const field of fields) {
    await conn.run(`DELETE FROM chair_labels WHERE edition = $edition AND submission_id = $id AND field = $field`, { edition, id, field });
  }
}

/** The model's output with the chair's labels laid over it, and the fields the chair decided. */
export function overlay(model: Classification, chair: ChairLabels | undefined): { result: Classification; chairFields: ChairField[] } {
  if (!chair) return { result: model, chairFields: [] };
  const result: Classification = { ...model };
  const chairFields: ChairField[] = [];
  if (chair.area !== undefined) {
    result.area = chair.area;
    result.area_confidence = 1;
    chairFields.push("area");
    if (result.second_area === chair.area || chair.area === OTHER_AREA) result.second_area = null;
  }
  if (chair.second_area !== undefined) {
    result.second_area = chair.second_area;
    chairFields.push("second_area");
  }
  if (chair.kind !== undefined) {
    result.kind = chair.kind;
    result.kind_confidence = 1;
    chairFields.push("kind");
  }
  if (chair.challenges !== undefined) {
    result.challenges = chair.challenges;
    chairFields.push("challenges");
  }
  if (chair.methods !== undefined) {
    result.methods = chair.methods;
    chairFields.push("methods");
  }
  return { result, chairFields };
}

/** A UTC timestamp literal DuckDB's TIMESTAMP accepts. */
export function sqlTimestamp(at: Date): string {
  return at.toISOString().replace("T", " ").replace("Z", "");
}
