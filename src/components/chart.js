// Renders a Vega-Lite spec with vega-embed from node_modules (no CDN): SVG, tooltips, and the
// export menu (SVG and PNG). Colours of text and grid follow the page's light or dark theme.
import embed from "vega-embed";

const dark = () => typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;

function themeConfig() {
  const ink = dark() ? "#d6dbe0" : "#333b44";
  const grid = dark() ? "#3a4148" : "#e3e7ea";
  return {
    font: "system-ui, sans-serif",
    background: null,
    view: { stroke: null },
    title: { color: ink, anchor: "start", fontSize: 14, fontWeight: 600 },
    axis: { labelColor: ink, titleColor: ink, gridColor: grid, domainColor: grid, tickColor: grid, labelLimit: 220 },
    legend: { labelColor: ink, titleColor: ink, labelLimit: 220 },
    header: { labelColor: ink, titleColor: ink },
    text: { color: ink },
  };
}

export function chart(spec, { width } = {}) {
  const div = document.createElement("div");
  div.className = "retro-chart";
  const sized = width && spec.width !== undefined ? { ...spec, width } : spec;
  div.ready = embed(div, sized, {
    renderer: "svg",
    actions: { export: true, source: false, compiled: false, editor: false },
    config: themeConfig(),
    tooltip: { theme: dark() ? "dark" : "light" },
  }).catch((error) => {
    div.textContent = `Chart failed: ${error.message}`;
  });
  return div;
}
