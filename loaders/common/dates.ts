/** Timestamps as the systems write them, to Date (UTC instants). Null for empty input. */

/** HotCRP `Y-m-d H:i:s O` ("2024-05-01 13:42:05 -0400"), ISO strings, or Unix seconds. */
export function parseTimestamp(value: unknown): Date | null | undefined {
  if (value === null || value === undefined || value === "" || value === false || value === 0) return null;
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? validDate(value * 1000) : undefined;
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  if (/^\d{9,11}$/.test(s)) return new Date(Number(s) * 1000);
  const hotcrp = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*([+-]\d{2}):?(\d{2})$/.exec(s);
  if (hotcrp) return validDate(`${hotcrp[1]}T${hotcrp[2].length === 5 ? `${hotcrp[2]}:00` : hotcrp[2]}${hotcrp[3]}:${hotcrp[4]}`);
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return validDate(/[zZ]|[+-]\d{2}:?\d{2}$/.test(s) ? s : `${s.replace(" ", "T")}Z`);
  return undefined;
}

function validDate(s: string | number): Date | undefined {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
