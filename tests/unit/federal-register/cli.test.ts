import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fixtureDocuments } from "@/tests/support/federal-register/fixtures";
import { type FakeFederalRegister, startFakeFederalRegister } from "@/tests/support/federal-register/server";

let api: FakeFederalRegister;

beforeAll(async () => {
  api = await startFakeFederalRegister();
  api.setDocuments(fixtureDocuments(new Date()));
});
afterAll(() => api.close());

/** `npm run watch:federal-register`, as cron runs it, against this file's database. */
async function watch(): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "lib/cli/watch-federal-register.ts"], {
      env: { ...process.env, FEDERAL_REGISTER_API_URL: api.url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run watch:federal-register", () => {
  it("fills the inbox and says so in one line", async () => {
    const { code, stdout } = await watch();
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(
      /^Federal Register watch: 4 document\(s\) published since \d{4}-\d\d-\d\d at http:\/\/127\.0\.0\.1:\d+\/api\/v1, 4 new in the inbox\.$/m,
    );
    expect(await db.inboxCandidate.count()).toBe(4);
  });

  it("exits non-zero with a one-line message when the API fails", async () => {
    api.setFailure("rate-limited");
    const { code, stdout, stderr } = await watch();
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim()).toMatch(/^Federal Register watch failed \(since \d{4}-\d\d-\d\d\): .*\(429\)[^\n]*$/);
    expect(await db.watchRun.findFirst({ orderBy: { startedAt: "desc" } })).toMatchObject({ ok: false });
  });
});
