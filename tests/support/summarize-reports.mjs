// Adds up the unit (Vitest) and browser (Playwright) reports into one closing line for CI:
// "tests: N passed, N failed".
import fs from "node:fs";

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const unit = read("test-reports/unit.json");
const e2e = read("test-reports/e2e.json");
const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
if (!unit) console.log("unit: no report (the unit tests did not finish)");
if (!e2e) console.log("e2e: no report (the browser tests did not run)");
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(unit && e2e && failed === 0 ? 0 : 1);
