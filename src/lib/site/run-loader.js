// How Framework runs the TypeScript data loaders (the ".ts" interpreter in observablehq.config.ts):
//   node src/lib/site/run-loader.js src/data/papers-[edition].json.ts --edition=2024
// During a build every page's data is already computed (src/lib/site/pages.ts) under the name
// of the file the loader makes (here papers-2024.json): that file is copied out, after the
// audience check, without loading TypeScript at all (a build runs fifteen loaders, and tsx
// costs each half a second). Otherwise the loader itself runs, with tsx's hooks.
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { precomputedText } from "./precomputed.js";

const [loader, ...params] = process.argv.slice(2);
const param = (name) => params.find((p) => p.startsWith(`--${name}=`))?.slice(name.length + 3);
const output = basename(loader).replace(/\.ts$/, "").replace(/\[(\w+)\]/g, (whole, name) => param(name) ?? whole);
const text = output.endsWith(".json") && !output.includes("[") ? precomputedText(output) : null;
if (text !== null) process.stdout.write(text);
else {
  const { register } = await import("tsx/esm/api");
  register();
  process.argv = [process.argv[0], resolve(loader), ...params];
  await import(pathToFileURL(resolve(loader)).href);
}
