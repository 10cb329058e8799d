/**
 * Supply chain: exact versions for every direct dependency, install scripts only where
 * known and harmless (esbuild's postinstall only checks the binary that its per-platform
 * optional package already shipped; it downloads only when that package is missing), and
 * DuckDB's native binary from a per-platform optional package, never an install-time download.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; overrides?: Record<string, string> };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { version?: string; hasInstallScript?: boolean; optional?: boolean; os?: string[]; cpu?: string[] }> };
const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
/** Packages allowed an install script, and why it is harmless here. */
const INSTALL_SCRIPTS: Record<string, string> = {
  esbuild: "postinstall checks the binary shipped by @esbuild/<platform> (an optional dependency in the lockfile)",
};

describe("supply chain", () => {
  it("pins every direct dependency and override to an exact version", () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.overrides };
    expect(Object.entries(all).filter(([, v]) => !EXACT.test(v))).toEqual([]);
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, `${name} locked at the pinned version`).toBe(version);
    }
  });

  it("runs install scripts only for known packages whose platform binary is already installed", () => {
    const scripted = Object.entries(lock.packages).filter(([, p]) => p.hasInstallScript).map(([path]) => path.replace(/^.*node_modules\//, ""));
    expect(scripted.filter((name) => !(name in INSTALL_SCRIPTS)), "unexpected install scripts").toEqual([]);
    const platform = `${process.platform}-${process.arch}`;
    expect(existsSync(`node_modules/@esbuild/${platform}/package.json`), `@esbuild/${platform} installed, so esbuild's postinstall downloads nothing`).toBe(true);
  });

  it("takes DuckDB's native binary from a per-platform optional package with no install script", () => {
    const bindings = Object.entries(lock.packages).filter(([path]) => /node_modules\/@duckdb\/node-bindings-/.test(path));
    expect(bindings.length).toBeGreaterThanOrEqual(4);
    for (const [path, p] of bindings) {
      expect(p.optional, `${path} optional`).toBe(true);
      expect(p.os?.length && p.cpu?.length, `${path} names its platform`).toBeTruthy();
      expect(p.hasInstallScript, `${path} has no install script`).toBeFalsy();
    }
    const scripts = JSON.parse(readFileSync("node_modules/@duckdb/node-bindings/package.json", "utf8")).scripts ?? {};
    expect(["preinstall", "install", "postinstall"].filter((s) => s in scripts)).toEqual([]);
    expect(existsSync(`node_modules/@duckdb/node-bindings-${process.platform}-${process.arch}/package.json`)).toBe(true);
  });
});
