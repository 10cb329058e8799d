/** JSON reading with errors that name the line, for every adapter. */
import { RetroError } from "../../src/lib/errors.ts";
import type { SourceFile } from "../types.ts";

/** Parses `text` (which starts on line `firstLine` of the file) or says where it breaks and what to do. */
export function parseJsonText(text: string, file: SourceFile, firstLine = 1): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    if (e instanceof RangeError) {
      throw new RetroError("The JSON is nested too deeply to be an export.", "Check that the file is the submission system's JSON export.", { file: file.display });
    }
    const message = (e as Error).message;
    const position = Number(/position (\d+)/.exec(message)?.[1]);
    const line = Number.isFinite(position) ? firstLine + text.slice(0, position).split("\n").length - 1 : firstLine > 1 ? firstLine : undefined;
    const truncated = /end of JSON input|Unterminated string/i.test(message);
    throw new RetroError(
      `The JSON cannot be parsed${line ? ` (line ${line})` : ""}: ${message}`,
      truncated ? "The file looks truncated: download the export again." : "Download the export again; if you edited it, check the JSON syntax near that line.",
      { file: file.display, row: line },
    );
  }
}

/** A plain-object check that also refuses arrays and null. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
