/**
 * Client JavaScript per app route, from the production build: the root main files of the route's
 * build manifest plus every entry chunk of its segments (layouts, page, error and not-found
 * boundaries) in its client reference manifest — what the first load of the route can fetch —
 * each file gzipped (level 9) and summed. Polyfills (loaded only by old browsers) are left out.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

const APP = ".next/server/app";

type Manifest = { entryJSFiles?: Record<string, string[]> };

function findPages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findPages(full);
    return entry.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

function readClientManifest(file: string): Manifest {
  const sandbox: Record<string, unknown> = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  return Object.values(sandbox.__RSC_MANIFEST as Record<string, Manifest>)[0];
}

const gzipSizes = new Map<string, number>();
function gzipSize(file: string): number {
  if (!gzipSizes.has(file))
    gzipSizes.set(file, zlib.gzipSync(fs.readFileSync(path.join(".next", file)), { level: 9 }).length);
  return gzipSizes.get(file)!;
}

export function clientJavaScriptPerRoute() {
  return findPages(APP)
    .map((manifestFile) => {
      const dir = path.dirname(manifestFile);
      const route = `/${path.relative(APP, dir).split(path.sep).join("/")}`;
      const build = JSON.parse(fs.readFileSync(path.join(dir, "page", "build-manifest.json"), "utf8")) as {
        rootMainFiles: string[];
      };
      const entries = Object.values(readClientManifest(manifestFile).entryJSFiles ?? {}).flat();
      const files = [
        ...new Set([...build.rootMainFiles, ...entries.map((file) => file.replace(/^\/_next\//, ""))]),
      ].filter((file) => file.endsWith(".js"));
      return { route, files: files.length, gzipBytes: files.reduce((sum, file) => sum + gzipSize(file), 0) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
