/**
 * The Topics page: area x kind, areas over the editions, challenges and ML methods, each with
 * its acceptance beside it. Counts are fractional for two-area papers and protected per audience.
 */
import { loadConfig } from "../config/load.ts";
import { OTHER_AREA, KINDS } from "../config/taxonomy.ts";
import { countTable } from "../stats/aggregate.ts";
import { labelsOf } from "../stats/groups.ts";
import { protect } from "../stats/privacy.ts";
import { countCells } from "./cells.ts";
import { labelsFor, protectedTriplets } from "./groups.ts";
import { editionSlices, pageHeader, perEdition, type EditionSlice, type SiteInput } from "./input.ts";

/** Area x kind counts of the slice's submissions (or accepted papers), protected. */
function areaByKind(slice: EditionSlice, input: SiteInput, acceptedOnly: boolean) {
  const areas = labelsFor(slice, "area");
  const kinds = labelsFor(slice, "kind");
  const cells = new Map<string, { value: number; papers: number }>();
  const areaPapers = new Map<string, number>();
  const kindPapers = new Map<string, number>();
  let total = 0;
  for (const s of slice.submissions) {
    if (s.status === "pending" || (acceptedOnly && s.status !== "accepted")) continue;
    const own = labelsOf(areas, s.edition, s.id, "(unclassified)");
    const [kind] = labelsOf(kinds, s.edition, s.id, "(unclassified)");
    total++;
    kindPapers.set(kind, (kindPapers.get(kind) ?? 0) + 1);
    for (const area of own) {
      areaPapers.set(area, (areaPapers.get(area) ?? 0) + 1);
      const key = `${area}\u0000${kind}`;
      const c = cells.get(key) ?? { value: 0, papers: 0 };
      c.value += 1 / own.length;
      c.papers++;
      cells.set(key, c);
    }
  }
  const rows = [...areaPapers.keys()].sort();
  const columns = [...kindPapers.keys()].sort();
  if (rows.length === 0) return [];
  const get = (r: string, c: string) => cells.get(`${r}\u0000${c}`) ?? { value: 0, papers: 0 };
  const table = countTable({
    title: "Area x kind",
    unit: "papers",
    rows,
    columns,
    values: rows.map((r) => columns.map((c) => get(r, c).value)),
    // Distinct papers behind each cell and margin, so that k applies to papers, not fractions.
    contributors: {
      cells: rows.map((r) => columns.map((c) => get(r, c).papers)),
      rowTotals: rows.map((r) => areaPapers.get(r)!),
      columnTotals: columns.map((c) => kindPapers.get(c)!),
      total,
    },
  });
  return countCells(protect(table, input.audience, { k: input.k })).map((c) => ({ area: c.row, kind: c.column, papers: c.value, suppressed: c.suppressed }));
}

export function topicsPage(input: SiteInput) {
  const { audience, k } = input;
  const taxonomy = loadConfig().config.taxonomy;
  const byEdition = perEdition(input, (slice) => ({
    heatmap: { submitted: areaByKind(slice, input, false), accepted: areaByKind(slice, input, true) },
    areas: protectedTriplets(slice, "area", audience, k),
    challenges: protectedTriplets(slice, "challenge", audience, k),
    methods: protectedTriplets(slice, "method", audience, k),
  }));
  const areasOverEditions = editionSlices(input)
    .filter((s) => s.edition)
    .flatMap((s) => byEdition[s.key].areas.rows.map((r) => ({ edition: s.key, area: r.group, papers: r.submissions, accepted: r.accepted, share: r.shareOfSubmissions, suppressed: r.suppressed })));
  return {
    ...pageHeader(input),
    taxonomy: { areas: [...taxonomy.areas, OTHER_AREA], kinds: [...KINDS], challenges: taxonomy.challenges, methods: taxonomy.methods },
    areasOverEditions,
    byEdition,
  };
}
export type TopicsPage = ReturnType<typeof topicsPage>;
