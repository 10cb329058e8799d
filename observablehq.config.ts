// Observable Framework configuration. Pages live in src/, data loaders in src/data/.
// Offline by design: no web fonts, no CDN (see BUILDING notes in the README). The audience
// (RETRO_AUDIENCE, set by scripts/build.ts and scripts/start.ts) decides the output folder,
// and chair or committee builds carry a "confidential" banner and noindex on every page.
import { existsSync } from "node:fs";
import { outputFolder, siteAudience } from "./src/lib/site/audience.ts";

const audience = siteAudience();
const confidential = audience !== "public";
const banner = confidential
  ? `<div class="retro-banner" role="note">CONFIDENTIAL · ${audience} view · contains information not for publication; do not share this site</div>`
  : "";

export default {
  title: "workshop-retro",
  root: "src",
  output: process.env.RETRO_SITE_OUT ?? outputFolder(audience),
  style: "style.css",
  globalStylesheets: [],
  head: `<link rel="icon" href="data:,">${confidential ? '<meta name="robots" content="noindex, nofollow">' : ""}`,
  header: banner,
  pages: [
    { name: "Overview", path: "/" },
    { name: "Topics", path: "/topics" },
    { name: "Acceptance", path: "/acceptance" },
    { name: "Reviewing", path: "/reviewing" },
    { name: "Trends", path: "/trends" },
    { name: "Papers", path: "/papers" },
    { name: "Data", path: "/data" },
    // The retrospective report (issue 7) joins the sidebar once its page exists.
    ...(existsSync("src/report.md") ? [{ name: "Report", path: "/report" }] : []),
  ],
  // TypeScript loaders run through run-loader.js: a build's precomputed output is copied out
  // without loading TypeScript, anything else runs with tsx's hooks (see that file).
  interpreters: { ".ts": ["node", "src/lib/site/run-loader.js"] },
  toc: false,
  search: false,
  footer: `workshop-retro · ${audience} view · built from the local archive`,
};
