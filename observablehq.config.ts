// Observable Framework configuration. Pages live in src/, data loaders in src/data/.
// Offline by design: no web fonts, no CDN (see BUILDING notes in the README).
export default {
  title: "workshop-retro",
  root: "src",
  output: process.env.RETRO_SITE_OUT ?? "dist",
  style: "style.css",
  globalStylesheets: [],
  head: '<link rel="icon" href="data:,">',
  pages: [{ name: "Overview", path: "/" }],
  toc: false,
  search: false,
  footer: "workshop-retro · built from the local archive",
};
