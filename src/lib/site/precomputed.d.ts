// Types of src/lib/site/precomputed.js.
export function precomputedText(name: string): string | null;
export function audiencePrefix(audience: string): string;
