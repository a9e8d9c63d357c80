/** The bench analyst: created by the same CLI an operator uses, signed in as the sign-in form does. */
import { execFileSync } from "node:child_process";
import { E2E_PASSWORD } from "../e2e/support/accounts";

export const BENCH_EMAIL = "bench@example.test";

/** Creates the analyst in `file` and returns their personal API token. */
export function createAnalystToken(file: string): string {
  const output = execFileSync(
    "npx",
    ["tsx", "lib/cli/user-create.ts", "--email", BENCH_EMAIL, "--name", "Bench", "--role", "analyst", "--token"],
    { env: { ...process.env, DATABASE_URL: file, USER_PASSWORD: E2E_PASSWORD } },
  ).toString();
  const token = /API token \(shown once\): (\S+)/.exec(output)?.[1];
  if (!token) throw new Error(`user:create printed no token: ${output}`);
  return token;
}

/** Signs the bench analyst in through Better Auth's endpoint; returns the Cookie header. */
export async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: BENCH_EMAIL, password: E2E_PASSWORD }),
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  if (!response.ok || !cookies.length) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return cookies.join("; ");
}
