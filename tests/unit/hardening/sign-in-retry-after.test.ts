import { describe, expect, it } from "vitest";
import * as authRoute from "@/app/api/auth/[...all]/route";
import { MAX_FAILURES } from "@/lib/auth/sign-in-throttle";
import { createViewer, TEST_PASSWORD } from "../../support/accounts";

function signIn(email: string, password: string, ip?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", origin: "http://localhost" };
  if (ip) headers["x-forwarded-for"] = ip;
  return authRoute.POST(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers,
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe("a blocked sign-in over HTTP", () => {
  it("answers a locked address with 429 and Retry-After, even with the right password", async () => {
    const viewer = await createViewer("locked");
    // A new address each time, so Better Auth's per-address limiter stays out of the way.
    for (let i = 0; i < MAX_FAILURES; i++)
      expect((await signIn(viewer.email, `wrong-password-${i}`, `198.51.100.${i + 1}`)).status).toBe(401);
    const locked = await signIn(viewer.email, TEST_PASSWORD, "198.51.100.99");
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it("gives Better Auth's per-address (IP) limiter a standard Retry-After too", async () => {
    const viewer = await createViewer("hammer");
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const response = await signIn(viewer.email, TEST_PASSWORD, "203.0.113.9");
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses[0]).toBe(200);
    expect(limited, `statuses: ${statuses.join(",")}`).toBeDefined();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });
});
