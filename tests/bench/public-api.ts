/**
 * npm run bench:api — load on the public API, feeds and exports of a running app
 * (BENCH_URL, default http://127.0.0.1:3000). Prints requests/s and latency per endpoint;
 * the numbers go in docs/benchmarks.md, never into assertions.
 */
import autocannon from "autocannon";

const base = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const paths = [
  "/api/measures",
  "/api/measures?pillar=II&status=not-started",
  "/api/events",
  "/feed.xml",
  "/exports/measures.csv",
];

for (const path of paths) {
  const result = await autocannon({ url: base + path, connections: 10, duration: 5 });
  const failures = result.non2xx + result.errors;
  console.log(
    `${path.padEnd(46)} ${Math.round(result.requests.average).toString().padStart(5)} req/s  ` +
      `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms${failures ? `  (${failures} failed)` : ""}`,
  );
}
