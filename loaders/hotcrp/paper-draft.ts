/**
 * A paper as read from one HotCRP file, before its decision is mapped to a status. Several
 * files may describe the same paper (JSON + CSV): `mergeDrafts` fills gaps, never overwrites.
 */
export interface PaperDraft {
  id: string;
  /** Where it was read, for error messages. */
  file: string;
  row: number;
  title: string;
  abstract: string | null;
  keywords: string[];
  topics: string[];
  /** The decision label exactly as exported (null when none is visible). */
  decision: string | null;
  /** HotCRP's status field or Status column: a category, a decision name, Submitted, Withdrawn... */
  statusHint: string | null;
  withdrawn: boolean;
  draft: boolean;
  track: string | null;
  submitted_at: Date | null;
  modified_at: Date | null;
}

export function mergeDrafts(into: PaperDraft, other: PaperDraft): PaperDraft {
  return {
    ...into,
    title: into.title || other.title,
    abstract: into.abstract ?? other.abstract,
    keywords: into.keywords.length ? into.keywords : other.keywords,
    topics: into.topics.length ? into.topics : other.topics,
    decision: into.decision ?? other.decision,
    statusHint: into.statusHint ?? other.statusHint,
    withdrawn: into.withdrawn || other.withdrawn,
    track: into.track ?? other.track,
    submitted_at: into.submitted_at ?? other.submitted_at,
    modified_at: into.modified_at ?? other.modified_at,
  };
}
