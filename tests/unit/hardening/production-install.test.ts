/**
 * `npm install --omit=dev && npm start` must work: `npm start` builds (and so type-checks) the app,
 * so every package the app's code imports, and its `@types` package, is a dependency, not a
 * devDependency. (A PDF's type package once sat in devDependencies and the production build failed.)
 */
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const APP_CODE = ["app", "components", "lib", "prisma"];
const APP_FILES = ["proxy.ts", "next.config.ts", "prisma.config.ts"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // Generated client; the schema engine behind db:migrate:new/check, a devDependency by design
    // (prisma/migrate.ts loads it only for those commands).
    if (entry.isDirectory()) return ["generated", "engine"].includes(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** "pdfkit", "@prisma/client" — the package a bare import specifier names. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith(".") || specifier.startsWith("@/") || specifier.startsWith("node:")) return null;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return builtinModules.includes(name) ? null : name;
}

function importedPackages(): Map<string, string> {
  const found = new Map<string, string>();
  const files = [
    ...APP_CODE.flatMap((dir) => sourceFiles(path.join(ROOT, dir))),
    ...APP_FILES.map((f) => path.join(ROOT, f)),
  ];
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm), // import … from "x"
      ...text.matchAll(/^\s*import\s*["']([^"']+)["']/gm), // import "server-only"
      ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g), // import("x")
    ];
    for (const match of specifiers) {
      const name = packageOf(match[1]);
      if (name && !found.has(name)) found.set(name, path.relative(ROOT, file));
    }
  }
  return found;
}

describe("a production install", () => {
  it("has every package the app imports, and its types, among the dependencies", () => {
    const imported = importedPackages();
    expect(imported.size).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const [name, file] of imported) {
      const types = `@types/${name.replace(/^@([^/]+)\//, "$1__")}`;
      // A types-only package (`mdast`) is there as its @types package.
      if (!(name in pkg.dependencies) && !(types in pkg.dependencies)) missing.push(`${name} (imported by ${file})`);
      if (types in pkg.devDependencies) missing.push(`${types} (types of ${name}, needed by the build)`);
    }
    expect(missing).toEqual([]);
  });
});
