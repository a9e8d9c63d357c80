import { expect, test } from "@playwright/test";

test("pages, API routes and files are sent with security headers", async ({ request }) => {
  for (const path of ["/en", "/ko/measures/invest-in-biosecurity", "/sitemap.xml", "/en/measures/nope"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});
