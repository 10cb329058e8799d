/**
 * Reviewer pseudonyms: a keyed hash (HMAC-SHA-256) of the normalised e-mail, else the name.
 * The key lives outside the archive (a key file or $RETRO_KEY), so the archive alone cannot
 * be used to test guesses of who reviewed what. Same key -> same pseudonym in every edition.
 */
import { createHmac, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { RetroError } from "../errors.ts";

/**
 * A person by e-mail or name (both matched case-insensitively), or by a system's own opaque,
 * case-sensitive id (an OpenReview signature such as `.../Reviewer_AbC1`).
 */
export type Pseudonymizer = (identity: { email?: string | null; name?: string | null; id?: string | null }) => string;

/** The key file used for an archive: $RETRO_KEY_FILE, else `.retro-key` beside the archive. */
export function keyFileFor(archive: string): string {
  return process.env.RETRO_KEY_FILE ?? join(dirname(archive), ".retro-key");
}

/** Loads the pseudonym key ($RETRO_KEY wins), creating a random key file on first use. */
export function loadKey(archive: string): Buffer {
  if (process.env.RETRO_KEY) return Buffer.from(process.env.RETRO_KEY, "utf8");
  const file = keyFileFor(archive);
  if (existsSync(file)) {
    const hex = readFileSync(file, "utf8").trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) {
      throw new RetroError(`The pseudonym key file is damaged.`, `Restore ${file} from your backup (pseudonyms depend on it), or delete it and re-ingest every edition.`, { file });
    }
    return Buffer.from(hex, "hex");
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString("hex")}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export function pseudonymizer(key: Buffer): Pseudonymizer {
  const cache = new Map<string, string>();
  return ({ email, name, id }) => {
    const basis = email?.trim()
      ? `e:${email.trim().toLowerCase()}`
      : id?.trim()
        ? `i:${id.trim()}`
        : `n:${(name ?? "").trim().toLowerCase().replace(/\s+/g, " ")}`;
    let hit = cache.get(basis);
    if (hit === undefined) {
      hit = `r-${createHmac("sha256", key).update(basis).digest("hex").slice(0, 12)}`;
      cache.set(basis, hit);
    }
    return hit;
  };
}
