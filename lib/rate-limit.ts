/**
 * Fixed-window counters for writes per user. They live in this process's memory: right for this
 * app, which is one Node process on one SQLite file; a restart forgets them, and several processes
 * would each count on their own (a shared store would be needed then).
 *
 * Next compiles this module into several server chunks (route handlers, each page's actions), and
 * each chunk has its own module memory: a plain module-level Map gave every chunk its own counter
 * (240 writes a minute in effect). The write limiter therefore lives on globalThis under a
 * Symbol.for key, which every chunk of the process resolves to the same object: one counter per
 * analyst across the API and every action. (A database counter would also survive restarts, at the
 * cost of a write-lock per write; for one process the shared memory is enough.)
 * (No "server-only": tests and scripts use the limiter directly.)
 */

import { TooManyRequestsError } from "@/lib/errors";
import { env } from "./env";

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Counts one hit for `key` and says whether it is within the limit. */
  hit(key: string, now?: number): RateLimitDecision;
  readonly limit: number;
  readonly windowMs: number;
};

/** `limit` hits per `windowMs` for each key; a limit of 0 or less turns limiting off. */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;

  function sweep(now: number) {
    // Forget ended windows now and then, so the map holds only users active in the last window.
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key);
  }

  return {
    limit,
    windowMs,
    hit(key, now = Date.now()) {
      if (limit <= 0) return { allowed: true, remaining: Infinity };
      sweep(now);
      let window = windows.get(key);
      if (!window || now - window.start >= windowMs) {
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= limit) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
      }
      window.count += 1;
      return { allowed: true, remaining: limit - window.count };
    },
  };
}

const WRITE_LIMITER_KEY = Symbol.for("ai-action-plan-tracker.write-limiter");
type WithWriteLimiter = typeof globalThis & { [WRITE_LIMITER_KEY]?: RateLimiter };

/** Writes an analyst may make per window: WRITE_RATE_LIMIT (default 120, 0 = off) per WRITE_RATE_WINDOW_SECONDS (default 60). */
const shared = globalThis as WithWriteLimiter;
shared[WRITE_LIMITER_KEY] ??= createRateLimiter({
  limit: env.WRITE_RATE_LIMIT,
  windowMs: env.WRITE_RATE_WINDOW_SECONDS * 1000,
});
export const writeLimiter: RateLimiter = shared[WRITE_LIMITER_KEY];

/** Counts a write by `userId`; over the limit it throws a 429 carrying when to try again. */
export function assertWriteAllowed(userId: string, limiter: RateLimiter = writeLimiter): void {
  const decision = limiter.hit(`user:${userId}`);
  if (!decision.allowed) throw new TooManyRequestsError(decision.retryAfterSeconds);
}
