/**
 * The production server for benchmarks: lib/cli/serve.ts (what `npm start` serves) on 127.0.0.1 against a database of the
 * benchmark's own, built first when there is no build. Shared by bench:search and bench.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const NEXT = path.resolve("node_modules/.bin/next");
const TSX = path.resolve("node_modules/.bin/tsx");

export function ensureProductionBuild() {
  if (fs.existsSync(".next/BUILD_ID")) return;
  console.log("No production build: running next build…");
  if (spawnSync(NEXT, ["build"], { stdio: "inherit" }).status !== 0) throw new Error("next build failed");
}

export async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer at ${url} within 60 s.`);
}

export type BenchServer = { base: string; pid: number; stop(): Promise<void> };

/**
 * Starts the production server on 127.0.0.1:port with DATABASE_URL=databaseFile; resolves once `readyPath` answers.
 * `preload` is a module loaded into the server process first (node --import), e.g. the CPU profiler's.
 */
export async function startProductionServer(
  databaseFile: string,
  port: number,
  readyPath = "/api/pillars",
  { preload, env = {} }: { preload?: string; env?: Record<string, string> } = {},
): Promise<BenchServer> {
  ensureProductionBuild();
  const serve = ["lib/cli/serve.ts", "--hostname", "127.0.0.1", "--port", String(port)];
  const [command, args] = preload
    ? [process.execPath, ["--import", "tsx", "--import", path.resolve(preload), ...serve]]
    : [TSX, serve];
  const server = spawn(command, args, {
    // The per-user write limit would turn a load test's writes into 429s: benchmarks measure throughput.
    env: {
      ...process.env,
      DATABASE_URL: databaseFile,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      WRITE_RATE_LIMIT: "0",
      ...env,
    },
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stop = async () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    await exited;
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${base}${readyPath}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, pid: server.pid ?? 0, stop };
}
