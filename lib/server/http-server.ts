/**
 * The production HTTP server: Next's request handler behind the anonymous-page cache
 * (page-cache.ts). `npm start` and the benchmarks run this instead of `next start`. Before either,
 * the client's address is settled from the socket (client-address.ts: X-Forwarded-For is trusted
 * only under TRUST_PROXY_HOPS) and requests Next would answer with a 500 are refused (request-gate.ts).
 */
import http from "node:http";
import next from "next";
import { settleClientAddress } from "./client-address";
import { watchDataVersion } from "./data-version";
import { createPageCache } from "./page-cache";
import { actionBodyRefusal, isActionPost, refusalFor, sendRefusal } from "./request-gate";

type ServeOptions = { port: number; hostname?: string; databaseFile: string };

export async function serve({ port, hostname, databaseFile }: ServeOptions): Promise<http.Server> {
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const cache = createPageCache({ dataVersion: watchDataVersion(databaseFile) });
  const server = http.createServer((request, response) => {
    settleClientAddress(request);
    const refusal = refusalFor(request);
    if (refusal) return sendRefusal(request, response, refusal);
    if (!isActionPost(request)) return cache.handle(request, response, () => handle(request, response));
    actionBodyRefusal(request).then(
      (bodyRefusal) => (bodyRefusal ? sendRefusal(request, response, bodyRefusal) : handle(request, response)),
      () => request.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  console.log(`Serving on http://${hostname ?? "localhost"}:${port}`);

  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref(); // requests still open after 5 s are dropped
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}
