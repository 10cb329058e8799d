/**
 * DuckDB DDL of the archive, beside the zod model in `records.ts`. Column order and names match
 * the zod objects (test/model.test.ts checks it), so rows can be appended in schema order.
 *
 * Confidentiality: `identities`, `review_texts`, `committee`, `conflicts` and the reviewer
 * column are chair-only. Anything built for sharing reads through the privacy layer.
 */
export const SCHEMA_VERSION = 2;

/**
 * Tables whose keys are checked before writing (`checkKeys` in src/lib/ingest/validate.ts, with
 * the file and record named) rather than by a DuckDB primary key: at conference scale their
 * indexes cost about a second per ingest and add nothing, since every row is validated before
 * it is written. Version 1 archives had primary keys on them; `ensureSchema` rebuilds them.
 */
export const KEYS_CHECKED_BEFORE_WRITE = {
  authors: ["edition", "submission_id", "position"],
  reviews: ["edition", "review_id"],
  review_scores: ["edition", "review_id", "field"],
  review_texts: ["edition", "review_id", "field"],
} as const;

export const DDL: Record<string, string> = {
  meta: `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  editions: `CREATE TABLE IF NOT EXISTS editions (
    edition TEXT PRIMARY KEY,
    venue TEXT NOT NULL,
    year INTEGER NOT NULL,
    system TEXT NOT NULL,
    submission_deadline TIMESTAMP,
    review_deadline TIMESTAMP,
    notification TIMESTAMP
  )`,
  submissions: `CREATE TABLE IF NOT EXISTS submissions (
    edition TEXT NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    abstract TEXT,
    keywords TEXT[] NOT NULL,
    topics TEXT[] NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('accepted','rejected','desk_rejected','withdrawn','pending')),
    decision TEXT,
    presentation TEXT,
    track TEXT,
    submitted_at TIMESTAMP,
    modified_at TIMESTAMP,
    PRIMARY KEY (edition, id)
  )`,
  authors: `CREATE TABLE IF NOT EXISTS authors (
    edition TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    affiliation TEXT,
    country TEXT,
    is_contact BOOLEAN
  )`,
  reviews: `CREATE TABLE IF NOT EXISTS reviews (
    edition TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    review_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    round TEXT,
    overall DOUBLE,
    confidence DOUBLE,
    submitted_at TIMESTAMP,
    words INTEGER
  )`,
  review_scores: `CREATE TABLE IF NOT EXISTS review_scores (
    edition TEXT NOT NULL,
    review_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value DOUBLE NOT NULL,
    label TEXT
  )`,
  review_texts: `CREATE TABLE IF NOT EXISTS review_texts (
    edition TEXT NOT NULL,
    review_id TEXT NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    pc_only BOOLEAN NOT NULL
  )`,
  identities: `CREATE TABLE IF NOT EXISTS identities (
    person TEXT PRIMARY KEY,
    name TEXT,
    email TEXT
  )`,
  committee: `CREATE TABLE IF NOT EXISTS committee (
    edition TEXT NOT NULL,
    member TEXT NOT NULL,
    role TEXT NOT NULL,
    affiliation TEXT,
    topics TEXT[] NOT NULL,
    PRIMARY KEY (edition, member)
  )`,
  conflicts: `CREATE TABLE IF NOT EXISTS conflicts (
    edition TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    member TEXT NOT NULL,
    kind TEXT,
    PRIMARY KEY (edition, submission_id, member)
  )`,
  ingests: `CREATE TABLE IF NOT EXISTS ingests (
    ingest_id INTEGER PRIMARY KEY,
    edition TEXT NOT NULL,
    system TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NOT NULL,
    tool_version TEXT NOT NULL,
    summary TEXT NOT NULL
  )`,
  ingest_files: `CREATE TABLE IF NOT EXISTS ingest_files (
    ingest_id INTEGER NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes BIGINT NOT NULL,
    system TEXT NOT NULL,
    kind TEXT NOT NULL,
    rows INTEGER NOT NULL,
    PRIMARY KEY (ingest_id, file)
  )`,
  ingest_warnings: `CREATE TABLE IF NOT EXISTS ingest_warnings (
    ingest_id INTEGER NOT NULL,
    file TEXT,
    row INTEGER,
    "column" TEXT,
    message TEXT NOT NULL
  )`,
  // The state an edition had before a newer export replaced it (e.g. before vs after rebuttal).
  score_snapshots: `CREATE TABLE IF NOT EXISTS score_snapshots (
    edition TEXT NOT NULL,
    ingest_id INTEGER NOT NULL,
    submission_id TEXT NOT NULL,
    review_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    field TEXT NOT NULL,
    value DOUBLE NOT NULL,
    label TEXT
  )`,
  // Model output per submission; rows with source = 'chair' reflect a chair's label.
  classifications: `CREATE TABLE IF NOT EXISTS classifications (
    edition TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    area TEXT NOT NULL,
    area_confidence DOUBLE NOT NULL,
    second_area TEXT,
    kind TEXT NOT NULL,
    kind_confidence DOUBLE NOT NULL,
    challenges TEXT[] NOT NULL,
    methods TEXT[] NOT NULL,
    evidence JSON NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('model', 'chair')),
    model_version TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    classified_at TIMESTAMP NOT NULL,
    PRIMARY KEY (edition, submission_id)
  )`,
  // A chair's decision on one field of one paper; survives every re-ingest and reclassification.
  chair_labels: `CREATE TABLE IF NOT EXISTS chair_labels (
    edition TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    field TEXT NOT NULL CHECK (field IN ('area', 'second_area', 'kind', 'challenges', 'methods')),
    value JSON NOT NULL,
    labelled_at TIMESTAMP NOT NULL,
    PRIMARY KEY (edition, submission_id, field)
  )`,
  decision_snapshots: `CREATE TABLE IF NOT EXISTS decision_snapshots (
    edition TEXT NOT NULL,
    ingest_id INTEGER NOT NULL,
    submission_id TEXT NOT NULL,
    status TEXT NOT NULL,
    decision TEXT
  )`,
};

/** Tables holding one edition's current state; replaced together by each ingest. */
export const EDITION_TABLES = [
  "submissions",
  "authors",
  "reviews",
  "review_scores",
  "review_texts",
  "committee",
  "conflicts",
] as const;
