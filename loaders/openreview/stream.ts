/**
 * The notes of a JSON dump, one at a time: the top-level array is split into its elements
 * byte by byte (strings and escapes tracked) and each element is parsed on its own, so a
 * dump of hundreds of MB never exists as one string or one object tree. A dump that is not a
 * top-level array (e.g. `{"notes": [...]}`) is read whole.
 */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { RetroError } from "../../src/lib/errors.ts";
import { isObject, parseJsonText } from "../common/json.ts";
import type { SourceFile } from "../types.ts";

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Calls `onNote` for every element of the dump's notes array, in order; returns how many. */
export async function streamNotes(file: SourceFile, onNote: (note: unknown, index: number) => void, chunkBytes = 4 * 2 ** 20): Promise<number> {
  if ((await firstSignificantByte(file.path)) !== OPEN_BRACKET) {
    const data = parseJsonText((await readFile(file.path, "utf8")).replace(/^\uFEFF/, ""), file);
    const notes = isObject(data) && Array.isArray(data.notes) ? data.notes : null;
    if (!notes) {
      throw new RetroError("This JSON holds no OpenReview notes (expected an array of notes).", "Save the list that client.get_all_notes(...) returns: json.dump([n.to_json() for n in notes], f).", { file: file.display });
    }
    notes.forEach(onNote);
    return notes.length;
  }
  let depth = 0;
  let inString = false;
  let escaped = false;
  let ended = false;
  let line = 1;
  let count = 0;
  /** The element being read: its earlier chunks, where it starts in this chunk, its first line. */
  let pending: Buffer[] = [];
  let start = -1;
  let startLine = 0;
  const emit = (tail: Buffer) => {
    const bytes = pending.length ? Buffer.concat([...pending, tail]) : tail;
    pending = [];
    onNote(parseJsonText(bytes.toString("utf8"), file, startLine), count++);
  };
  for await (const chunk of createReadStream(file.path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    /** The next quote in this chunk at or after the scan (-1: none; recomputed once passed). */
    let nextQuote = -2;
    for (let i = 0; i < chunk.length; i++) {
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        // Most bytes are inside strings (review text): jump to the next quote or backslash
        // (a JSON string holds no raw newline, so no line is skipped).
        if (nextQuote < i) nextQuote = chunk.indexOf(QUOTE, i);
        const quote = nextQuote;
        const end = quote < 0 ? chunk.length : quote;
        const backslash = chunk.subarray(i, end).indexOf(BACKSLASH);
        if (backslash >= 0) {
          i += backslash;
          escaped = true;
        } else if (quote >= 0) {
          i = quote;
          inString = false;
        } else i = chunk.length;
        continue;
      }
      const b = chunk[i];
      if (b === NEWLINE) line++;
      if (ended) {
        if (!isSpace(b)) throw syntaxError(`Unexpected data after the end of the array`, line, file);
        continue;
      }
      if (depth === 0) {
        // Before the array: a UTF-8 BOM and white space.
        if (b === OPEN_BRACKET) depth = 1;
        else if (!isSpace(b) && b !== 0xef && b !== 0xbb && b !== 0xbf) throw syntaxError(`Unexpected data before the array`, line, file);
        continue;
      }
      if (depth === 1 && (b === COMMA || b === CLOSE_BRACKET)) {
        if (start >= 0 || pending.length) {
          emit(chunk.subarray(Math.max(start, 0), i));
          start = -1;
        } else if (b === COMMA || count > 0) {
          throw syntaxError(`Unexpected "${String.fromCharCode(b)}" where a note should be`, line, file);
        }
        if (b === CLOSE_BRACKET) {
          depth = 0;
          ended = true;
        }
        continue;
      }
      if (depth === 1 && start < 0 && !pending.length && !isSpace(b)) {
        start = i;
        startLine = line;
      }
      if (b === QUOTE) inString = true;
      else if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth--;
    }
    if (start >= 0 || pending.length) {
      pending.push(chunk.subarray(Math.max(start, 0)));
      start = -1;
    }
  }
  if (!ended) {
    throw new RetroError(`The JSON cannot be parsed (line ${line}): Unexpected end of JSON input`, "The file looks truncated: download the export again.", { file: file.display, row: line });
  }
  return count;
}

async function firstSignificantByte(path: string): Promise<number | undefined> {
  for await (const chunk of createReadStream(path, { start: 0, end: 65535 }) as AsyncIterable<Buffer>) {
    for (const b of chunk) if (!isSpace(b) && b !== 0xef && b !== 0xbb && b !== 0xbf) return b;
  }
  return undefined;
}

function syntaxError(message: string, line: number, file: SourceFile): RetroError {
  return new RetroError(`The JSON cannot be parsed (line ${line}): ${message}`, "Download the export again; if you edited it, check the JSON syntax near that line.", { file: file.display, row: line });
}
