// Types of src/components/papers.js (plain JavaScript for the browser), for the tests.
import type { EditionPapers, PaperRowOut } from "../lib/site/papers.ts";

export function decodePapers(file: EditionPapers): Array<PaperRowOut & { title: string | null; redacted: boolean }>;
