/** The toolkit's version, recorded in every ingest's provenance. */
export const TOOL_VERSION = "0.1.0";
