/**
 * npm run bench:notes-api — load on the notes API of a running server.
 * BASE_URL (default http://127.0.0.1:3000) and TOKEN (a personal API token, e.g. from
 * `npm run user:create -- … --token`) must point at a server you started; nothing is asserted.
 * Start that server with WRITE_RATE_LIMIT=0: the POST run makes far more than 120 writes a minute.
 */
import autocannon from "autocannon";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const token = process.env.TOKEN;
if (!token) throw new Error("Set TOKEN to a personal API token.");
const slug = process.env.MEASURE ?? "develop-a-grid-to-match-the-pace-of-ai-innovation";

async function run(title: string, options: autocannon.Options) {
  const result = await autocannon({
    connections: 10,
    duration: 10,
    ...options,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...options.headers },
  });
  console.log(
    `${title}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`,
  );
}

await run(`GET /api/measures/${slug}/notes`, { url: `${base}/api/measures/${slug}/notes` });
await run(`POST /api/measures/${slug}/notes`, {
  url: `${base}/api/measures/${slug}/notes`,
  method: "POST",
  body: JSON.stringify({ body: "bench note", visibility: "private" }),
});
