/** Public feeds carry no notes; an analyst's private feed address does, and is never kept by a cache. */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getWhatsNewFeed } from "@/app/feed.xml/route";
import { GET as getMeasureFeed } from "@/app/feeds/measures/[file]/route";
import { GET as getSectorFeed } from "@/app/feeds/sectors/[file]/route";
import type { Viewer } from "@/lib/auth/session";
import { regenerateFeedKey, revokeFeedKey } from "@/lib/data/feed-keys";
import { createNote } from "@/lib/data/notes";
import { db } from "@/lib/db";
import { isShareable } from "@/lib/server/page-cache";
import { createViewer } from "../../support/accounts";

// Only Next's request-bound translations are stood in for (labels as keys); the database is real.
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string, values?: Record<string, unknown>) =>
    `${key}${values ? JSON.stringify(values) : ""}`,
}));

const SHARED = "sharedmarker-feed-91";
const PRIVATE = "privatemarker-feed-91";
let author: Viewer;
let reader: Viewer;
let slug: string;

const get = (path: string) => new Request(`http://localhost${path}`);
const feeds = async (query: string) => {
  const responses = [
    await getWhatsNewFeed(get(`/feed.xml${query}`)),
    await getMeasureFeed(get(`/feeds/measures/${slug}.xml${query}`), {
      params: Promise.resolve({ file: `${slug}.xml` }),
    }),
    await getSectorFeed(get(`/feeds/sectors/power.xml${query}`), { params: Promise.resolve({ file: "power.xml" }) }),
  ];
  return Promise.all(responses.map(async (response) => ({ response, text: await response.text() })));
};

beforeAll(async () => {
  author = await createViewer("feed-author");
  reader = await createViewer("feed-reader");
  slug = (await db.measure.findUniqueOrThrow({ where: { id: "II-1" }, select: { slug: true } })).slug;
  await createNote(author, { measureId: "II-1" }, { body: SHARED, visibility: "shared" });
  await createNote(author, { measureId: "II-1" }, { body: PRIVATE, visibility: "private" });
  await createNote(author, { sectorId: "power" }, { body: `${SHARED} sector`, visibility: "shared" });
});

describe("feeds", () => {
  it("public: no note, no note author, publicly cacheable", async () => {
    for (const { response, text } of await feeds("?lang=en")) {
      expect(response.status).toBe(200);
      expect(text).not.toContain(SHARED);
      expect(text).not.toContain(PRIVATE);
      expect(text).not.toContain("feed-author");
      expect(text).not.toContain(":note:");
      expect(response.headers.get("cache-control")).toMatch(/^public/);
    }
  });

  it("private: the analyst's key adds shared notes (never private ones), private and never stored", async () => {
    const key = await regenerateFeedKey(reader.id);
    expect((await db.feedKey.findUniqueOrThrow({ where: { userId: reader.id } })).keyHash).not.toContain(key);
    for (const { response, text } of await feeds(`?lang=en&key=${key}`)) {
      expect(response.status).toBe(200);
      expect(text).toContain(SHARED);
      expect(text).not.toContain(PRIVATE);
      expect(text).not.toContain(key); // the feed's own links do not repeat the secret
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(isShareable({ getHeader: (name: string) => response.headers.get(name) ?? undefined } as never)).toBe(
        false,
      );
    }
  });

  it("a replaced or revoked key is refused with 401, not answered as a public feed", async () => {
    const old = await regenerateFeedKey(reader.id);
    const current = await regenerateFeedKey(reader.id);
    expect((await getWhatsNewFeed(get(`/feed.xml?key=${old}`))).status).toBe(401);
    expect((await getWhatsNewFeed(get(`/feed.xml?key=${current}`))).status).toBe(200);
    await revokeFeedKey(reader.id);
    expect((await getWhatsNewFeed(get(`/feed.xml?key=${current}`))).status).toBe(401);
    expect((await getWhatsNewFeed(get("/feed.xml?key=junk"))).status).toBe(401);
  });

  it("the page cache keeps Next's anonymous pages, not the app's private answers", () => {
    const withHeader = (value: string) => ({ getHeader: () => value }) as never;
    expect(isShareable(withHeader("private, no-cache, no-store, max-age=0, must-revalidate"))).toBe(true);
    expect(isShareable(withHeader("private, no-store"))).toBe(false);
  });
});

describe("the write limit", () => {
  it("is one counter in the process, however many copies of the module are loaded", async () => {
    const first = await import("@/lib/rate-limit");
    vi.resetModules();
    const second = await import("@/lib/rate-limit");
    expect(second).not.toBe(first);
    expect(second.writeLimiter).toBe(first.writeLimiter);
  });
});
