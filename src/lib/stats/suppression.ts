/**
 * Cell suppression for a table published with its totals. The table is handled "augmented":
 * an extra column holds the row totals, an extra row the column totals, the corner the grand
 * total; every augmented row and column then sums to zero with signs, which makes the
 * unknown (suppressed) cells a flow network: a cell can change without changing anything
 * published exactly when it lies on a cycle of suppressed cells that can carry flow.
 *
 * The attacker modelled here knows every published cell and total, that counts are not
 * negative, and even which suppressed cells are positive. A sensitive cell is safe when
 * another table consistent with all of that gives it a different value.
 */

const costOfCell = (isTotal: boolean, value: number, scale: number) => (isTotal ? 50 : 1) + value / scale;

interface Grid {
  values: number[][];
  rows: number;
  cols: number;
  integral: boolean;
  /** Divides values in path costs so that they only break ties between paths of equal length. */
  scale: number;
}

/** Node ids: augmented row r is r, augmented column c is rows + c. */
function endpoints(g: Grid, r: number, c: number): [tail: number, head: number] {
  const rowToCol = r < g.rows - 1 === c < g.cols - 1;
  return rowToCol ? [r, g.rows + c] : [g.rows + c, r];
}

function canDecrease(g: Grid, value: number): boolean {
  return g.integral ? value >= 2 : value > 0;
}

/** Arcs leaving `node` as [cell row, cell col, next node]: forwards always, backwards if the cell can shrink. */
function* arcsFrom(g: Grid, node: number): Generator<[number, number, number]> {
  const cells: Array<[number, number]> =
    node < g.rows
      ? Array.from({ length: g.cols }, (_, c) => [node, c])
      : Array.from({ length: g.rows }, (_, r) => [r, node - g.rows]);
  for (const [r, c] of cells) {
    const [tail, head] = endpoints(g, r, c);
    if (tail === node) yield [r, c, head];
    else if (canDecrease(g, g.values[r][c])) yield [r, c, tail];
  }
}

/**
 * Cheapest path from `from` to `to` where suppressed cells are free and others cost their
 * price, never using the cell (er, ec) itself. Returns the cells on it that are not yet
 * suppressed, or null if there is no path.
 */
function cheapestPath(g: Grid, on: boolean[][], from: number, to: number, er: number, ec: number) {
  const n = g.rows + g.cols;
  const dist = new Float64Array(n).fill(Infinity);
  const via = new Array<[number, number, number] | null>(n).fill(null);
  const done = new Uint8Array(n);
  dist[from] = 0;
  for (;;) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!done[i] && dist[i] < Infinity && (u < 0 || dist[i] < dist[u])) u = i;
    if (u < 0) return null;
    if (u === to) break;
    done[u] = 1;
    for (const [r, c, next] of arcsFrom(g, u)) {
      if (r === er && c === ec) continue;
      const cost = on[r][c] ? 0 : costOfCell(r === g.rows - 1 || c === g.cols - 1, g.values[r][c], g.scale);
      if (dist[u] + cost < dist[next]) {
        dist[next] = dist[u] + cost;
        via[next] = [r, c, u];
      }
    }
  }
  const added: Array<[number, number]> = [];
  for (let node = to; node !== from; ) {
    const [r, c, prev] = via[node]!;
    if (!on[r][c]) added.push([r, c]);
    node = prev;
  }
  return { cost: dist[to], added };
}

function grid(values: number[][]): Grid {
  const flat = values.flat();
  return { values, rows: values.length, cols: values[0].length, integral: flat.every(Number.isInteger), scale: 1 + Math.max(...flat.map(Math.abs)) };
}

/** Whether `to` can be reached from `from` through suppressed cells only, never using (er, ec). */
function reachable(g: Grid, on: boolean[][], from: number, to: number, er: number, ec: number): boolean {
  const seen = new Uint8Array(g.rows + g.cols);
  const queue = [from];
  seen[from] = 1;
  while (queue.length > 0) {
    const node = queue.pop()!;
    if (node === to) return true;
    for (const [r, c, next] of arcsFrom(g, node)) {
      if (!on[r][c] || (r === er && c === ec) || seen[next]) continue;
      seen[next] = 1;
      queue.push(next);
    }
  }
  return false;
}

function pinned(g: Grid, on: boolean[][], r: number, c: number): boolean {
  const [tail, head] = endpoints(g, r, c);
  return !reachable(g, on, head, tail, r, c) && !(canDecrease(g, g.values[r][c]) && reachable(g, on, tail, head, r, c));
}

/** Whether the suppressed cell (r, c) of an augmented table is pinned: no other consistent table moves it by one. */
export function isCellPinned(values: number[][], on: boolean[][], r: number, c: number): boolean {
  return pinned(grid(values), on, r, c);
}

/**
 * Which cells of an augmented table (last row and column = totals) to suppress: every cell
 * with 0 < contributors < k, plus the cheapest complementary cells (interior before totals,
 * small before large) that leave each of them unpinned.
 */
export function suppressionPattern(values: number[][], contributors: number[][], k: number): boolean[][] {
  const on = contributors.map((row) => row.map((n) => n > 0 && n < k));
  if (values.length === 0 || values[0].length === 0) return on;
  const g = grid(values);
  const sensitive: Array<[number, number]> = [];
  on.forEach((row, r) => row.forEach((s, c) => s && sensitive.push([r, c])));
  for (const [r, c] of sensitive) {
    if (!pinned(g, on, r, c)) continue;
    const [tail, head] = endpoints(g, r, c);
    const up = cheapestPath(g, on, head, tail, r, c);
    const down = canDecrease(g, values[r][c]) ? cheapestPath(g, on, tail, head, r, c) : null;
    const best = up && (!down || up.cost <= down.cost) ? up : down;
    // Cannot happen in a table of at least 2x1 cells; suppress everything rather than leak.
    if (!best) return on.map((row, i) => row.map((_, j) => values[i][j] !== 0 || on[i][j]));
    for (const [ar, ac] of best.added) on[ar][ac] = true;
  }
  return on;
}
