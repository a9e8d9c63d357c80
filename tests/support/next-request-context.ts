/**
 * Next's request APIs for unit tests that call server actions outside a request: mock
 * `next/headers` and `next/cache` with this module, then set `request.headers` (a session cookie,
 * or none) before each call.
 *
 *   vi.mock("next/headers", () => import("@/tests/support/next-request-context"));
 *   vi.mock("next/cache", () => import("@/tests/support/next-request-context"));
 */
export const request = { headers: new Headers() };

export async function headers() {
  return request.headers;
}

export async function cookies() {
  return { toString: () => request.headers.get("cookie") ?? "", get: () => undefined, set: () => {} };
}

/** Nothing to refresh or revalidate outside Next. */
export function refresh() {}
export function revalidatePath() {}
