import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseFile } from "@/lib/db/database-url";
import { createNonce, pagePolicy } from "@/lib/http/content-security-policy";
import { watchDataVersion } from "@/lib/server/data-version";
import { createPageCache, type PageCache } from "@/lib/server/page-cache";

/**
 * A stand-in for Next behind the cache: renders a page the way Next does (a fresh nonce in the
 * policy and on every script) and counts its renders. The routes say what kind of answer to give.
 */
let renders = 0;
let clock = 0;
let cache: PageCache;
let base = "";
let server: http.Server;

function renderLikeNext(request: http.IncomingMessage, response: http.ServerResponse) {
  renders += 1;
  const nonce = createNonce();
  const url = new URL(request.url ?? "/", "http://x");
  response.setHeader("content-security-policy", pagePolicy(nonce));
  if (url.pathname === "/ko/private") response.setHeader("set-cookie", "session=abc; HttpOnly");
  else response.setHeader("set-cookie", "NEXT_LOCALE=ko; Path=/");
  if (url.pathname === "/ko/missing") response.statusCode = 404;
  if (url.pathname === "/api/pillars") {
    response.setHeader("content-type", "application/json");
    return response.end(JSON.stringify({ render: renders }));
  }
  response.setHeader("content-type", "text/html; charset=utf-8");
  if (url.pathname === "/ko/compressed" && /gzip/.test(String(request.headers["accept-encoding"]))) {
    // As Next does for a client that accepts gzip: the cache must keep the plain bytes.
    response.setHeader("content-encoding", "gzip");
    return response.end(zlib.gzipSync(`<html nonce="${nonce}"><p>${"전력망 ".repeat(500)}</p><i>${nonce}</i></html>`));
  }
  // Streamed in parts, as Next streams a page; long enough to be worth compressing.
  response.write(`<!DOCTYPE html><html><body><p>render ${renders} ${"측정 ".repeat(400)}</p>`);
  response.end(`<script nonce="${nonce}">self.__next_f.push([1,"${nonce.length}"])</script></body></html>`);
}

async function listen(pageCache: PageCache): Promise<http.Server> {
  const listening = http.createServer((request, response) =>
    pageCache.handle(request, response, () => renderLikeNext(request, response)),
  );
  await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
  return listening;
}

function get(path: string, headers: Record<string, string> = {}, origin = base) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get(`${origin}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = response.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}

function nonceOf(policy: string | string[] | undefined): string {
  return /'nonce-([^']+)'/.exec(String(policy ?? ""))?.[1] ?? "";
}

beforeAll(async () => {
  cache = createPageCache({ dataVersion: watchDataVersion(databaseFile()), now: () => clock });
  server = await listen(cache);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  clock += 10 * 60_000; // every test starts after the previous one's entries expired
});

describe("the anonymous-page cache", () => {
  it("renders a page once, then replays it to every anonymous reader with a nonce of its own", async () => {
    const before = renders;
    const first = await get("/ko/measures/a");
    const second = await get("/ko/measures/a");
    const third = await get("/ko/measures/a", { cookie: "NEXT_LOCALE=ko" });

    expect(renders - before).toBe(1);
    expect([first.headers["x-page-cache"], second.headers["x-page-cache"], third.headers["x-page-cache"]]).toEqual([
      "miss",
      "hit",
      "hit",
    ]);
    const nonces = [first, second, third].map((response) => nonceOf(response.headers["content-security-policy"]));
    expect(new Set(nonces).size).toBe(3);
    for (const [index, response] of [first, second, third].entries()) {
      // The script carries the nonce its own policy allows, and no other response's nonce.
      expect(response.body).toContain(`<script nonce="${nonces[index]}">`);
      expect(nonces.filter((_, other) => other !== index).some((nonce) => response.body.includes(nonce))).toBe(false);
    }
    expect(second.body.replaceAll(nonces[1], "N")).toBe(first.body.replaceAll(nonces[0], "N"));
    expect(second.headers["set-cookie"]).toEqual(["NEXT_LOCALE=ko; Path=/"]);
  });

  it("never answers a signed-in, navigating, conditional or non-GET request from the cache", async () => {
    await get("/ko/sectors/power");
    const personal: Record<string, string>[] = [
      { cookie: "better-auth.session_token=abc" },
      { cookie: "NEXT_LOCALE=ko; __Secure-better-auth.session_token=abc" },
      { authorization: "Bearer aap_token" },
      { rsc: "1" },
      { "next-router-prefetch": "1" },
      { "if-none-match": '"etag"' },
    ];
    for (const headers of personal) {
      const before = renders;
      const response = await get("/ko/sectors/power", headers);
      expect(response.headers["x-page-cache"], JSON.stringify(headers)).toBeUndefined();
      expect(renders - before).toBe(1);
    }
    for (const path of ["/ko/sectors/power?_rsc=abc", `/ko/sectors/power?q=${"x".repeat(3000)}`]) {
      await get(path);
      const before = renders;
      await get(path);
      expect(renders - before, path.slice(0, 40)).toBe(1);
    }
  });

  it("keeps nothing but shareable 200s: not a 404, not a response that sets a session cookie, not a file", async () => {
    for (const path of ["/ko/missing", "/ko/private", "/feed.xml"]) {
      const before = renders;
      await get(path);
      const again = await get(path);
      expect(renders - before, path).toBe(2);
      expect(again.headers["x-page-cache"], path).not.toBe("hit");
    }
  });

  it("renders again as soon as anything is written to the database", async () => {
    await get("/ko/pillars/x");
    expect((await get("/ko/pillars/x")).headers["x-page-cache"]).toBe("hit");

    // A write through the app's own Prisma client, as a server action or API route makes it.
    const measure = await db.measure.findFirstOrThrow({ select: { id: true, titleEn: true } });
    await db.measure.update({ where: { id: measure.id }, data: { titleEn: `${measure.titleEn} ` } });
    await db.measure.update({ where: { id: measure.id }, data: { titleEn: measure.titleEn } });

    const before = renders;
    const after = await get("/ko/pillars/x");
    expect(after.headers["x-page-cache"]).toBe("miss");
    expect(renders - before).toBe(1);
    expect((await get("/ko/pillars/x")).headers["x-page-cache"]).toBe("hit");
  });

  it("renders again after a minute even when nothing changed", async () => {
    await get("/ko/timeline");
    clock += 30_000;
    expect((await get("/ko/timeline")).headers["x-page-cache"]).toBe("hit");
    clock += 61_000;
    expect((await get("/ko/timeline")).headers["x-page-cache"]).toBe("miss");
  });

  it("compresses a replay for a client that accepts gzip, and caches JSON answers too", async () => {
    await get("/en/measures/b");
    const zipped = await get("/en/measures/b", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body).toContain("측정 측정");
    expect(zipped.body).toContain(`nonce="${nonceOf(zipped.headers["content-security-policy"])}"`);

    const first = await get("/api/pillars");
    const second = await get("/api/pillars");
    expect(second.headers["x-page-cache"]).toBe("hit");
    expect(second.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(second.body)).toEqual(JSON.parse(first.body));
  });

  it("keeps a page Next sent compressed, and replays it plain or gzipped with the fresh nonce in every place", async () => {
    const miss = await get("/ko/compressed", { "accept-encoding": "gzip" });
    expect(miss.headers["x-page-cache"]).toBe("miss");
    expect(miss.headers["content-encoding"]).toBe("gzip");
    for (const headers of [{}, { "accept-encoding": "gzip, deflate, br" }] as Record<string, string>[]) {
      const hit = await get("/ko/compressed", headers);
      const nonce = nonceOf(hit.headers["content-security-policy"]);
      expect(hit.headers["x-page-cache"]).toBe("hit");
      expect(hit.headers["content-encoding"]).toBe("accept-encoding" in headers ? "gzip" : undefined);
      expect(hit.headers.vary).toMatch(/accept-encoding/i);
      expect(nonce).not.toBe(nonceOf(miss.headers["content-security-policy"]));
      expect(hit.body).toBe(`<html nonce="${nonce}"><p>${"전력망 ".repeat(500)}</p><i>${nonce}</i></html>`);
    }
  });

  it("holds at most its entry limit, dropping the least recently used first", async () => {
    const small = createPageCache({ dataVersion: () => 1, maxEntries: 2 });
    const smallServer = await listen(small);
    const load = (path: string) => get(path, {}, `http://127.0.0.1:${(smallServer.address() as AddressInfo).port}`);
    try {
      await load("/ko/a");
      await load("/ko/b");
      await load("/ko/a"); // a is now the most recent
      await load("/ko/c"); // b goes
      expect(small.size).toBe(2);
      expect((await load("/ko/a")).headers["x-page-cache"]).toBe("hit");
      expect((await load("/ko/c")).headers["x-page-cache"]).toBe("hit");
      expect((await load("/ko/b")).headers["x-page-cache"]).toBe("miss");
    } finally {
      await new Promise((resolve) => smallServer.close(resolve));
    }
  });
});
