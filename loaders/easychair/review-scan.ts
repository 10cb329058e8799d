/**
 * The word counts of review.csv's `text` cells, read from the file's bytes: the review text is
 * most of a bundle (about 90 MB at conference scale) and only its length is kept, so it is
 * never turned into strings. Each count equals `reviewWords` of the cell as DuckDB reads it.
 *
 * The scan understands plain RFC 4180 CSV only (comma, double quotes with "" escapes, LF or
 * CRLF line ends, UTF-8). On anything else (a lone CR, a blank line, a row of another width,
 * a quote inside an unquoted value, bytes after a closing quote, an unterminated quote, invalid
 * UTF-8) it gives up and returns null: the caller then reads the text through DuckDB, whose
 * checks and error messages stay the only ones.
 */
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
import { HEADING, PC_ONLY } from "./review-text.ts";

export interface ReviewScan {
  /** Per data row, in file order: words the authors see (null: no text at all). */
  words: Array<number | null>;
  /** Per data row: the cell of the id column as DuckDB returns it (null when empty), to check alignment. */
  ids: Array<string | null>;
}

/** Bytes read at a time (by default); a row longer than this grows the buffer. */
const CHUNK = 1 << 22;

/** Code points `String.prototype.trim` removes (the blank-line test of `reviewWords`). */
function isJsSpace(cp: number): boolean {
  return cp === 32 || (cp >= 9 && cp <= 13) || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff;
}

/** Non-ASCII letters and digits (`countWords`' test), cached per code point of the BMP. */
const wordCache = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isWordCp(cp: number): boolean {
  if (cp < 0x10000) {
    let v = wordCache[cp];
    if (v === 0) wordCache[cp] = v = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    return v === 1;
  }
  // Beyond Unicode only from bytes that are not UTF-8 (the scan then gives up after the check).
  return cp <= 0x10ffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Byte classes: 0 other, 1 whitespace (not LF), 2 ASCII letter or digit, 3 LF, 4 start of a non-ASCII character. */
const CLASS = new Uint8Array(256);
for (const b of [9, 11, 12, 13, 32]) CLASS[b] = 1;
for (let b = 48; b <= 57; b++) CLASS[b] = 2;
for (let b = 65; b <= 90; b++) CLASS[b] = 2;
for (let b = 97; b <= 122; b++) CLASS[b] = 2;
CLASS[10] = 3;
for (let b = 0x80; b < 0x100; b++) CLASS[b] = 4;
/**
 * The word count's step per byte, indexed by (counted << 8) | byte, where `counted` says the
 * current token has had its letter or digit: bit 0 a new word, bit 1 the next `counted`,
 * bit 2 a byte the table does not handle (LF, non-ASCII).
 */
const STEP = new Uint8Array(512);
for (let counted = 0; counted < 2; counted++) {
  for (let b = 0; b < 256; b++) {
    const k = CLASS[b];
    STEP[(counted << 8) | b] = k >= 3 ? 4 : k === 1 ? 0 : k === 2 ? 2 | (counted ^ 1) : counted << 1;
  }
}
/** ASCII characters a heading line can hold after its "(": a line with any other is text. */
const HEADING_ASCII = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,'&/-()\t\v\f\r") HEADING_ASCII[ch.charCodeAt(0)] = 1;

/** The code point of the UTF-8 sequence at `j` and its width (the file is checked to be UTF-8). */
function decodeAt(buf: Buffer, j: number): number {
  const b = buf[j];
  if (b >= 0xf0) return ((b & 0x07) << 18) | ((buf[j + 1] & 0x3f) << 12) | ((buf[j + 2] & 0x3f) << 6) | (buf[j + 3] & 0x3f);
  if (b >= 0xe0) return ((b & 0x0f) << 12) | ((buf[j + 1] & 0x3f) << 6) | (buf[j + 2] & 0x3f);
  return ((b & 0x1f) << 6) | (buf[j + 1] & 0x3f);
}
const widthAt = (b: number) => (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2);

/**
 * `reviewWords` over one cell given as byte segments (split only where a "" escape stands
 * for a quote): per line, blank lines skipped, heading lines switch the section, other lines
 * count their words unless the section is confidential. A word is counted at the first
 * letter or digit after whitespace (as `countWords`).
 */
class TextWords {
  private words = 0;
  private any = false;
  private pcOnly = false;
  private lineWords = 0;
  private lineBlank = true;
  /** The line's first non-blank character is "(" and nothing since rules a heading out. */
  private heading = false;
  private headStart = 0;
  private headText = "";
  /** 1 when the current whitespace-separated token has had its letter or digit. */
  private counted = 0;

  segment(buf: Buffer, start: number, end: number): void {
    let lineWords = this.lineWords;
    let lineBlank = this.lineBlank;
    let heading = this.heading;
    let headStart = this.headStart;
    let counted = this.counted;
    let j = start;
    while (j < end) {
      if (lineBlank) {
        // Up to the line's first character that is not blank to trim().
        const b = buf[j];
        if (b === 10) {
          counted = 0;
          j++;
          continue;
        }
        if (b < 128) {
          if (CLASS[b] === 1) {
            counted = 0;
            j++;
            continue;
          }
          heading = b === 40;
        } else {
          const cp = decodeAt(buf, j);
          if (isJsSpace(cp)) {
            if (cp === 0xa0) counted = 0;
            j += widthAt(b);
            continue;
          }
          heading = false;
        }
        lineBlank = false;
        headStart = j;
      }
      if (!heading) {
        // The rest of a text line: a table step per ASCII byte.
        for (; j < end; j++) {
          const t = STEP[(counted << 8) | buf[j]];
          if (t & 4) break;
          lineWords += t & 1;
          counted = t >> 1;
        }
        if (j >= end) break;
        const b = buf[j];
        if (b === 10) {
          this.endLine(lineWords, "");
          lineWords = counted = 0;
          lineBlank = true;
          j++;
          continue;
        }
        const cp = decodeAt(buf, j);
        if (cp === 0xa0) counted = 0;
        else if (!counted && isWordCp(cp)) {
          lineWords++;
          counted = 1;
        }
        j += widthAt(b);
        continue;
      }
      // A line that may be a heading, character by character.
      const b = buf[j];
      if (b === 10) {
        this.endLine(lineWords, buf.toString("utf8", headStart, j));
        lineWords = counted = 0;
        lineBlank = true;
        heading = false;
        j++;
        continue;
      }
      if (b < 128) {
        const k = CLASS[b];
        if (k === 1) counted = 0;
        else {
          if (k === 2 && !counted) {
            lineWords++;
            counted = 1;
          }
          if (HEADING_ASCII[b] === 0) heading = false;
        }
        j++;
      } else {
        const cp = decodeAt(buf, j);
        if (cp === 0xa0) counted = 0;
        else if (!counted && isWordCp(cp)) {
          lineWords++;
          counted = 1;
        }
        if (cp !== 0x2019 && !isJsSpace(cp)) heading = false;
        j += widthAt(b);
      }
    }
    // The segment ends the cell or stands before a "" (which rules a heading out).
    if (heading && !lineBlank) this.headText = buf.toString("utf8", headStart, end);
    this.lineWords = lineWords;
    this.lineBlank = lineBlank;
    this.heading = heading;
    this.headStart = headStart;
    this.counted = counted;
  }

  /** A quote (from a "" escape): neither whitespace nor a letter. */
  quote(): void {
    this.lineBlank = false;
    this.heading = false;
  }

  /** The cell's count; resets for the next cell. */
  finish(): number | null {
    if (!this.lineBlank) this.endLine(this.lineWords, this.heading ? this.headText : "");
    const words = this.any ? this.words : null;
    this.words = this.lineWords = 0;
    this.any = this.pcOnly = this.heading = false;
    this.counted = 0;
    this.lineBlank = true;
    this.headText = "";
    return words;
  }

  private endLine(lineWords: number, headingLine: string): void {
    const h = headingLine ? HEADING.exec(headingLine.trim()) : null;
    if (h) this.pcOnly = PC_ONLY.test(h[1]);
    else {
      this.any = true;
      if (!this.pcOnly) this.words += lineWords;
    }
  }
}

/**
 * Scans a review.csv (header row first) of `columns` columns: per data row the words of
 * column `textColumn` and the cell of column `idColumn`. Null when the file is not plain CSV
 * as described above.
 */
export function scanReviewWords(path: string, columns: number, textColumn: number, idColumn: number, chunkBytes = CHUNK): ReviewScan | null {
  const steps = scanSteps(path, columns, textColumn, idColumn, chunkBytes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same scan in turns of `chunkBytes`, giving way to the event loop between them: started
 * before DuckDB loads the bundle's files, it fills the time this thread would wait for DuckDB.
 */
export async function scanReviewWordsInTurns(
  path: string,
  columns: number,
  textColumn: number,
  idColumn: number,
  stop: { stopped: boolean } = { stopped: false },
  chunkBytes = 1 << 20,
): Promise<ReviewScan | null> {
  const steps = scanSteps(path, columns, textColumn, idColumn, chunkBytes);
  for (;;) {
    if (stop.stopped) {
      steps.return(null);
      return null;
    }
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The scan, one chunk of the file per step. */
function* scanSteps(path: string, columns: number, textColumn: number, idColumn: number, chunkBytes: number): Generator<void, ReviewScan | null> {
  const words: Array<number | null> = [];
  const ids: Array<string | null> = [];
  const text = new TextWords();
  const fd = openSync(path, "r");
  try {
    let buf = Buffer.allocUnsafe(chunkBytes);
    let len = 0;
    let eof = false;
    let first = true;
    let header = true;
    for (;;) {
      if (len === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) eof = true;
      len += n;
      const view = buf.subarray(0, len);
      let p = 0;
      if (first) {
        first = false;
        if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) p = 3;
      }
      while (p < len) {
        // One row, from p; q = -1 when it runs past the bytes read so far (read on, then again).
        let q = p;
        let rowWords: number | null = null;
        let rowId: string | null = null;
        let field = 0;
        if (buf[q] === 10 || buf[q] === 13) return null; // a blank line
        row: for (;;) {
          if (field >= columns) return null;
          const isText = !header && field === textColumn;
          const isId = !header && field === idColumn;
          if (q < len && buf[q] === 34) {
            let s = q + 1;
            let id = "";
            for (;;) {
              const close = view.indexOf(34, s);
              if (close < 0) {
                if (eof) return null; // an unterminated quote
                q = -1;
                break row;
              }
              if (isText) text.segment(buf, s, close);
              else if (isId) id += buf.toString("utf8", s, close);
              if (close + 1 < len && buf[close + 1] === 34) {
                if (isText) text.quote();
                else if (isId) id += '"';
                s = close + 2;
                continue;
              }
              if (close + 1 >= len && !eof) {
                q = -1;
                break row;
              }
              q = close + 1;
              break;
            }
            if (isId && id !== "") rowId = id;
          } else {
            let e = q;
            while (e < len) {
              const b = buf[e];
              if (b === 44 || b === 10 || b === 13) break;
              if (b === 34) return null; // a quote inside an unquoted value
              e++;
            }
            if (e >= len && !eof) {
              q = -1;
              break;
            }
            if (isText) text.segment(buf, q, e);
            else if (isId && e > q) rowId = buf.toString("utf8", q, e);
            q = e;
          }
          if (isText) rowWords = text.finish();
          field++;
          if (q >= len) {
            if (!eof) q = -1;
            break;
          }
          const b = buf[q];
          if (b === 44) {
            q++;
            continue;
          }
          if (b === 10) {
            q++;
            break;
          }
          if (b === 13) {
            if (q + 1 >= len && !eof) {
              q = -1;
              break;
            }
            if (buf[q + 1] !== 10) return null; // a lone CR
            q += 2;
            break;
          }
          return null; // bytes after a closing quote
        }
        if (q === -1) {
          text.finish();
          break;
        }
        if (field !== columns) return null;
        if (header) header = false;
        else {
          words.push(rowWords);
          ids.push(rowId);
        }
        p = q;
      }
      if (!isUtf8(buf.subarray(0, p))) return null;
      if (eof) return p === len && !header ? { words, ids } : null;
      buf.copy(buf, 0, p, len);
      len -= p;
      yield;
    }
  } finally {
    closeSync(fd);
  }
}
