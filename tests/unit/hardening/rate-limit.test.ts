import { beforeAll, describe, expect, it, vi } from "vitest";
import * as measureNotes from "@/app/api/measures/[slug]/notes/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { TooManyRequestsError } from "@/lib/errors";
import { assertWriteAllowed, createRateLimiter } from "@/lib/rate-limit";
import { createViewer } from "../../support/accounts";

// Read when lib/rate-limit.ts is first imported (hoisted above the imports): 3 writes per minute per user.
vi.hoisted(() => {
  process.env.WRITE_RATE_LIMIT = "3";
  process.env.WRITE_RATE_WINDOW_SECONDS = "60";
});

describe("the fixed-window limiter", () => {
  it("refuses the N+1th hit in a window, saying how long to wait", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect(limiter.hit("a", t0)).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.hit("a", t0 + 1_000)).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.hit("a", t0 + 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter.hit("a", t0 + 59_500)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("counts each key on its own", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    expect(limiter.hit("a", 0).allowed).toBe(true);
    expect(limiter.hit("a", 1).allowed).toBe(false);
    expect(limiter.hit("b", 2).allowed).toBe(true);
  });

  it("starts afresh when the window has passed", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 10_000 });
    expect(limiter.hit("a", 0).allowed).toBe(true);
    expect(limiter.hit("a", 9_999).allowed).toBe(false);
    expect(limiter.hit("a", 10_000)).toEqual({ allowed: true, remaining: 0 });
  });

  it("is off with a limit of 0", () => {
    const limiter = createRateLimiter({ limit: 0, windowMs: 10_000 });
    for (let i = 0; i < 1000; i++) expect(limiter.hit("a", i).allowed).toBe(true);
  });

  it("throws a 429 carrying Retry-After for a user over the limit", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 30_000 });
    assertWriteAllowed("u1", limiter);
    const error = (() => {
      try {
        assertWriteAllowed("u1", limiter);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect(error).toMatchObject({ status: 429 });
    expect((error as TooManyRequestsError).retryAfterSeconds).toBeGreaterThan(25);
  });
});

describe("write limits on the notes API", () => {
  let slug: string;
  let token: string;
  let otherToken: string;

  beforeAll(async () => {
    slug = (await db.measure.findFirstOrThrow({ where: { id: "II-1" }, select: { slug: true } })).slug;
    token = (await issueApiToken(db, (await createViewer("limited")).id, "test")).token;
    otherToken = (await issueApiToken(db, (await createViewer("unlimited")).id, "test")).token;
  });

  const post = (bearer: string, body: string) =>
    measureNotes.POST(
      new Request("http://localhost/api/x", {
        method: "POST",
        headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
        body: JSON.stringify({ body, visibility: "private" }),
      }),
      { params: Promise.resolve({ slug }) },
    );
  const get = (bearer: string) =>
    measureNotes.GET(new Request("http://localhost/api/x", { headers: { authorization: `Bearer ${bearer}` } }), {
      params: Promise.resolve({ slug }),
    });

  it("answers the 4th write in a minute with 429, Retry-After and a JSON error, and writes nothing", async () => {
    for (let i = 1; i <= 3; i++) expect((await post(token, `allowed ${i}`)).status).toBe(201);
    const refused = await post(token, "one too many");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await refused.json()).error).toMatch(/try again in \d+ s/i);
    expect(await db.note.count({ where: { body: "one too many" } })).toBe(0);
  });

  it("leaves reads and other users alone", async () => {
    expect((await get(token)).status).toBe(200);
    expect((await post(otherToken, "someone else")).status).toBe(201);
  });
});
