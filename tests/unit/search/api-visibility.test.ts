import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as searchRoute from "@/app/api/search/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { createViewer } from "../../support/accounts";

let authorToken: string;
let otherToken: string;

function search(q: string, bearer?: string) {
  const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {};
  return searchRoute.GET(
    new NextRequest(`http://localhost/api/search?q=${encodeURIComponent(q)}&type=note`, { headers }),
  );
}

async function noteIds(response: Response) {
  expect(response.status).toBe(200);
  const body = (await response.json()) as { results: { id: string }[] };
  return body.results.map((result) => result.id);
}

beforeAll(async () => {
  const author = await createViewer("search-author");
  const other = await createViewer("search-other");
  authorToken = (await issueApiToken(db, author.id, "test")).token;
  otherToken = (await issueApiToken(db, other.id, "test")).token;
  await db.note.create({
    data: { body: "반도체 수출 private reading", visibility: "private", measureId: "III-3", authorId: author.id },
  });
  await db.note.create({
    data: { body: "반도체 수출 shared reading", visibility: "shared", measureId: "III-3", authorId: author.id },
  });
});

describe("GET /api/search finds notes only for those allowed to read them", () => {
  it("anonymous callers find no notes", async () => {
    expect(await noteIds(await search("수출 reading"))).toEqual([]);
  });

  it("the author finds both their shared and private notes; another analyst only the shared one", async () => {
    expect(await noteIds(await search("수출 reading", authorToken))).toHaveLength(2);
    const seenByOther = await noteIds(await search("수출 reading", otherToken));
    expect(seenByOther).toHaveLength(1);
    const shared = await db.note.findFirstOrThrow({
      where: { visibility: "shared", body: { contains: "shared reading" } },
    });
    expect(seenByOther).toEqual([shared.id]);
  });

  it("marks answers for a signed-in caller as private to that caller", async () => {
    expect((await search("수출", authorToken)).headers.get("cache-control")).toMatch(/private/);
    expect((await search("수출")).headers.get("cache-control")).toMatch(/public/);
  });
});
