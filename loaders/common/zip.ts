/**
 * Zip archives read safely in memory: the central directory is checked first (names, member
 * count, declared sizes), then each member is inflated in slices while its real size is
 * counted, so a zip bomb is refused before it can fill memory. No member is ever written
 * under its own name: callers get bytes, not paths.
 */
import { Inflate } from "fflate";
import { RetroError } from "../../src/lib/errors.ts";

export interface ZipLimits {
  maxMembers: number;
  /** Largest inflated member, in bytes. */
  maxMemberBytes: number;
  /** Largest inflated total, in bytes. */
  maxTotalBytes: number;
}

export const ZIP_LIMITS: ZipLimits = { maxMembers: 64, maxMemberBytes: 512 * 2 ** 20, maxTotalBytes: 1024 * 2 ** 20 };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

export interface ZipMember {
  name: string;
  data: Uint8Array;
}

const MIB = 2 ** 20;

/** True when the bytes start like a zip archive (local file header or empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** The central directory's entries, with every name and declared size checked. */
export function listZip(bytes: Uint8Array, file: string, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw malformed(file, "its table of contents (end of central directory) is missing: the download looks truncated");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw tooLarge(file, "it is a ZIP64 archive", limits);
  if (count > limits.maxMembers) {
    throw new RetroError(`The zip holds ${count} members; at most ${limits.maxMembers} are expected in an export.`, "Give the export as downloaded, not a zip of several exports.", { file });
  }
  const entries: ZipEntry[] = [];
  let declaredTotal = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw malformed(file, "its table of contents is damaged");
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    checkName(name, file);
    if (entry.declaredSize === 0xffffffff || entry.compressedSize === 0xffffffff) throw tooLarge(file, `member "${name}" is a ZIP64 entry`, limits);
    if (entry.declaredSize > limits.maxMemberBytes) throw tooLarge(file, `member "${name}" declares ${mib(entry.declaredSize)} MiB`, limits);
    declaredTotal += entry.declaredSize;
    if (declaredTotal > limits.maxTotalBytes) throw tooLarge(file, `its members declare more than ${mib(limits.maxTotalBytes)} MiB in total`, limits);
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Inflates the entries that `want` selects, counting real sizes against the limits. */
export function readZip(bytes: Uint8Array, file: string, want: (entry: ZipEntry) => boolean, limits: ZipLimits = ZIP_LIMITS): ZipMember[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: ZipMember[] = [];
  let total = 0;
  for (const entry of listZip(bytes, file, limits)) {
    if (entry.name.endsWith("/") || !want(entry)) continue;
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw malformed(file, `member "${entry.name}" cannot be found where the table of contents says`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const raw = bytes.subarray(start, start + entry.compressedSize);
    if (raw.length !== entry.compressedSize) throw malformed(file, `member "${entry.name}" is cut short`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      if (size > entry.declaredSize || size > limits.maxMemberBytes || total + size > limits.maxTotalBytes) {
        throw tooLarge(file, `member "${entry.name}" inflates beyond ${size > entry.declaredSize ? `its declared ${entry.declaredSize} bytes` : "the limit"}`, limits);
      }
      chunks.push(chunk);
    };
    if (entry.method === 0) take(raw);
    else if (entry.method === 8) {
      const inflate = new Inflate((chunk) => take(chunk));
      try {
        for (let i = 0; i < raw.length; i += 65536) inflate.push(raw.subarray(i, i + 65536), i + 65536 >= raw.length);
        if (raw.length === 0) inflate.push(new Uint8Array(0), true);
      } catch (e) {
        if (e instanceof RetroError) throw e;
        throw malformed(file, `member "${entry.name}" cannot be inflated (${(e as Error).message})`);
      }
    } else throw malformed(file, `member "${entry.name}" uses compression method ${entry.method}, which exports never use`);
    if (size !== entry.declaredSize) throw malformed(file, `member "${entry.name}" inflates to ${size} bytes, not the declared ${entry.declaredSize}`);
    total += size;
    out.push({ name: entry.name, data: concat(chunks, size) });
  }
  return out;
}

function checkName(name: string, file: string): void {
  const unsafe = name.startsWith("/") || name.includes("\\") || /^[A-Za-z]:/.test(name) || name.split("/").includes("..") || name.includes("\0");
  if (unsafe) {
    throw new RetroError(
      `The zip holds a member with an unsafe path ("${name}"): absolute paths and "../" are refused.`,
      "Use the zip exactly as the submission system downloaded it; this one was altered or is not an export.",
      { file },
    );
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function mib(n: number): string {
  return (n / MIB).toFixed(n < MIB ? 3 : 0);
}

function tooLarge(file: string, why: string, limits: ZipLimits): RetroError {
  return new RetroError(
    `The zip is refused: ${why} (limits: ${mib(limits.maxMemberBytes)} MiB a member, ${mib(limits.maxTotalBytes)} MiB in total).`,
    "An export is far smaller; download it again from the submission system. A zip that inflates beyond its declared size is a zip bomb.",
    { file },
  );
}

function malformed(file: string, why: string): RetroError {
  return new RetroError(`The zip cannot be read: ${why}.`, "Download the export again from the submission system.", { file });
}
