// The build's precomputed data (src/lib/site/pages.ts), as the data loaders emit it. Plain
// JavaScript so that run-loader.js can use it before any TypeScript is loaded.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every precomputed file starts by naming the audience it was made for. */
export const audiencePrefix = (audience) => `{"audience":${JSON.stringify(audience)},`;

/**
 * The text of `<dir>/<name>` in the build's folder ($RETRO_PRECOMPUTED), when it was made for
 * the audience of this process ($RETRO_AUDIENCE): every such file starts by naming it. An unset
 * or unknown audience never matches, so the loader computes (public when unset, an error when
 * unknown).
 */
export function precomputedText(name) {
  const dir = process.env.RETRO_PRECOMPUTED;
  const audience = process.env.RETRO_AUDIENCE;
  if (!dir || !audience) return null;
  const path = join(dir, name);
  if (!existsSync(path)) return null;
  const text = readFileSync(path, "utf8");
  return text.startsWith(audiencePrefix(audience)) ? text : null;
}
