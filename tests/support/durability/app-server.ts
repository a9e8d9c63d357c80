/**
 * The production server (lib/cli/serve.ts, as `npm start` runs it) on loopback against a database of its own, for the
 * durability checks: started in its own process group so that stopping it (or killing it with
 * SIGKILL mid-write) takes tsx's child, the server, down with it. No database code here: Playwright imports it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export type AppServer = { url: string; child: ChildProcess; stop(signal?: NodeJS.Signals): Promise<void> };

const TSX_CLI = path.resolve("node_modules/tsx/dist/cli.mjs");

export async function startAppServer(options: {
  port: number;
  databaseFile: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    process.execPath,
    [TSX_CLI, "lib/cli/serve.ts", "--port", String(options.port), "--hostname", "127.0.0.1"],
    {
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECURE_COOKIES: "false",
        DATABASE_URL: options.databaseFile,
        ...options.env,
      },
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal); // the whole group: tsx and the server it started
    } catch {
      // already gone
    }
  };
  // SIGTERM lets the server finish what it is serving; after 10 s it is killed all the same.
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(signal);
    const grace = setTimeout(() => signalGroup("SIGKILL"), 10_000);
    await exited;
    clearTimeout(grace);
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${url}/api/pillars`)).ok) return { url, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop("SIGKILL");
  throw new Error(`the server did not answer on ${url} in time: ${stderr}`);
}
