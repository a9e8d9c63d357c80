import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// The app asks this address for Federal Register documents; tests/e2e/federal-register.spec.ts
// serves the fake API there (tests/support/federal-register/server.ts). Never the real one.
export const FAKE_FEDERAL_REGISTER_PORT = Number(process.env.FAKE_FEDERAL_REGISTER_PORT ?? PORT + 50);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // A journey's budget is set where it is written (test.slow(), test.setTimeout) to fit its steps;
  // CI's 2-core machines run other work too, so a wait on state gets 15 s before it fails.
  timeout: 30_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    // Debian's Chromium: Playwright's own browser download is unreachable from these machines.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /responsive\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /responsive\.spec\.ts/ },
  ],
  webServer: {
    // A database of its own, created afresh by the same `npm start` a user runs.
    command: "rm -f prisma/data/e2e.db prisma/data/e2e.db-wal prisma/data/e2e.db-shm && npm start",
    // Plain http on 127.0.0.1: session cookies without the Secure flag (production default is Secure).
    env: {
      DATABASE_URL: "prisma/data/e2e.db",
      PORT: String(PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECURE_COOKIES: "false",
      FEDERAL_REGISTER_API_URL: `http://127.0.0.1:${FAKE_FEDERAL_REGISTER_PORT}/api/v1`,
    },
    url: `${baseURL}/en`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
  },
});
