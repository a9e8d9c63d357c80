import { execFileSync } from "node:child_process";

export const E2E_PASSWORD = "e2e-password-123";
export const E2E_DATABASE = "prisma/data/e2e.db";

/**
 * Makes sure an account exists in the e2e database, through the same `npm run user:create` an
 * operator uses (password from USER_PASSWORD). Running it again for the same address is fine.
 */
export function ensureUser(email: string, name: string, role: "admin" | "analyst"): void {
  try {
    execFileSync("npx", ["tsx", "lib/cli/user-create.ts", "--email", email, "--name", name, "--role", role], {
      env: { ...process.env, DATABASE_URL: E2E_DATABASE, USER_PASSWORD: E2E_PASSWORD },
      stdio: "pipe",
    });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "");
    if (!stderr.includes("already exists")) throw error;
  }
}

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}
