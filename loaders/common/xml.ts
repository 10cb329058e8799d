/**
 * XML read with saxes, a conforming streaming parser. Document type declarations are refused
 * outright: saxes never expands DTD entities, and no spreadsheet export declares any, so a
 * DOCTYPE can only be an entity bomb ("billion laughs") or an external-entity probe.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { RetroError } from "../../src/lib/errors.ts";

export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  close(tag: SaxesTagPlain): void;
  text(text: string): void;
}

/** Parses `xml`, calling the handlers; every problem is a RetroError naming the line. */
export function parseXml(xml: string, file: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: true });
  parser.on("doctype", () => {
    throw new RetroError(
      `The XML declares a document type (line ${parser.line}); entity declarations are refused (they can expand without limit).`,
      "Give the spreadsheet exactly as the submission system exported it; exports never contain <!DOCTYPE>.",
      { file, row: parser.line },
    );
  });
  parser.on("opentag", (tag) => handlers.open(tag as SaxesTagPlain));
  parser.on("closetag", (tag) => handlers.close(tag as SaxesTagPlain));
  parser.on("text", (t) => handlers.text(t));
  parser.on("cdata", (t) => handlers.text(t));
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof RetroError) throw e;
    throw new RetroError(`The XML cannot be parsed (line ${parser.line}): ${(e as Error).message.split("\n")[0]}`, "Download the export again; the file looks truncated or edited.", {
      file,
      row: parser.line,
    });
  }
}
