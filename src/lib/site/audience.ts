/**
 * Which audience a build is for. Data loaders decide what to emit from this alone, so nothing
 * confidential is ever written into a build for a wider audience. Unset means public: a loader
 * run by hand (or by a bare `observable build`) never emits chair data by accident.
 */
import { loadConfig } from "../config/load.ts";
import { RetroError } from "../errors.ts";
import { AUDIENCES, type Audience } from "../stats/aggregate.ts";

export const AUDIENCE_ENV = "RETRO_AUDIENCE";

/** Parses an audience name given on the command line or in the environment. */
export function parseAudience(value: string | undefined, source = `$${AUDIENCE_ENV}`): Audience {
  if (value === undefined || value === "") return "public";
  if ((AUDIENCES as readonly string[]).includes(value)) return value as Audience;
  throw new RetroError(`${source} is "${value}", which is not an audience.`, `Use one of ${AUDIENCES.join(", ")} (public is the default).`);
}

/** The audience of the running build or preview. */
export function siteAudience(env: NodeJS.ProcessEnv = process.env): Audience {
  return parseAudience(env[AUDIENCE_ENV]);
}

/** The smallest cell shown to committee and public (`privacy.k` of the configuration). */
export function privacyK(): number {
  return loadConfig().config.privacy.k;
}

/** Output folder of a build for an audience: dist/ for the public, dist-<audience>/ otherwise. */
export function outputFolder(audience: Audience): string {
  return audience === "public" ? "dist" : `dist-${audience}`;
}
