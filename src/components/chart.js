// Renders a Vega-Lite spec with vega-embed from node_modules (no CDN), with SVG/PNG export.
import embed from "vega-embed";

export function chart(spec, { width } = {}) {
  const div = document.createElement("div");
  div.className = "retro-chart";
  embed(div, width ? { ...spec, width } : spec, {
    renderer: "svg",
    actions: { export: true, source: false, compiled: false, editor: false },
    config: { font: "system-ui, sans-serif", view: { stroke: null } },
  }).catch((error) => {
    div.textContent = `Chart failed: ${error.message}`;
  });
  return div;
}
