// The Papers page's per-edition file (compact columns, see src/lib/site/papers.ts) back into
// one object per paper, with the fields the page has always used (a missing one is null).

/** Rows of one edition's file: {edition, submission_id, title, status, ..., why, reviews, mean, overridden, redacted}. */
export function decodePapers(file) {
  const s = file.strings;
  const str = (code) => (code == null ? null : s[code]);
  const list = (codes) => codes.map((c) => s[c]);
  const redacted = new Set(file.redacted ?? []);
  const rows = new Array(file.n);
  for (let i = 0; i < file.n; i++) {
    const challenges = list(file.challenges[i]);
    const methods = list(file.methods[i]);
    const w = file.why[i];
    rows[i] = {
      edition: file.edition,
      submission_id: file.id[i],
      title: file.title[i],
      status: str(file.status[i]),
      decision: str(file.decision[i]),
      presentation: str(file.presentation[i]),
      area: str(file.area[i]),
      second_area: str(file.second_area[i]),
      kind: str(file.kind[i]),
      challenges,
      methods,
      why: w
        ? {
            area: list(w[0]),
            kind: list(w[1]),
            challenges: Object.fromEntries(challenges.map((c, j) => [c, list(w[2][j] ?? [])])),
            methods: Object.fromEntries(methods.map((m, j) => [m, list(w[3][j] ?? [])]))
          }
        : null,
      reviews: file.reviews ? file.reviews[i] : null,
      mean: file.mean ? file.mean[i] : null,
      min: file.min ? file.min[i] : null,
      max: file.max ? file.max[i] : null,
      overridden: file.overridden ? (file.overridden[i] ?? []) : null,
      redacted: redacted.has(i)
    };
  }
  return rows;
}
