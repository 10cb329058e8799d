/**
 * Vega-Lite specs rendered to SVG in Node (no browser, no canvas): the report inlines the
 * same charts the dashboard draws. Text widths are estimated, which is fine for print.
 */
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

const CONFIG = { font: "Helvetica, Arial, sans-serif", view: { stroke: null }, background: "white" };

/** The chart as a standalone SVG document string. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const { spec: compiled } = compile({ ...spec, config: { ...CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec);
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
