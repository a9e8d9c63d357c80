import { beforeAll, describe, expect, it } from "vitest";
import * as measureNotes from "@/app/api/measures/[slug]/notes/route";
import * as revisionsRoute from "@/app/api/notes/[id]/revisions/route";
import * as noteRoute from "@/app/api/notes/[id]/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { createViewer } from "../../support/accounts";

let token: string;
let otherToken: string;
let slug: string;

function call(method: string, bearer: string | null, body?: unknown, rawBody?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  return new Request("http://localhost/api/x", {
    method,
    headers,
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
}
const slugParams = () => ({ params: Promise.resolve({ slug }) });
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  slug = (await db.measure.findFirstOrThrow({ where: { id: "I-2" }, select: { slug: true } })).slug;
  const author = await createViewer("api-author");
  const other = await createViewer("api-other");
  token = (await issueApiToken(db, author.id, "test")).token;
  otherToken = (await issueApiToken(db, other.id, "test")).token;
});

describe("the notes API with a bearer token", () => {
  it("creates, reads, edits with a revision, lists revisions and soft-deletes a note", async () => {
    const created = await measureNotes.POST(
      call("POST", token, { body: "**api** note", visibility: "private" }),
      slugParams(),
    );
    expect(created.status).toBe(201);
    const { note } = await created.json();
    expect(note).toMatchObject({ body: "**api** note", visibility: "private", measure: slug, revisions: 1 });

    const list = await (await measureNotes.GET(call("GET", token), slugParams())).json();
    expect(list.notes.map((n: { id: string }) => n.id)).toContain(note.id);

    const patched = await noteRoute.PATCH(call("PATCH", token, { body: "edited" }), idParams(note.id));
    expect((await patched.json()).note).toMatchObject({ body: "edited", revisions: 2 });

    const revisions = await (await revisionsRoute.GET(call("GET", token), idParams(note.id))).json();
    expect(revisions.revisions.map((r: { number: number; body: string }) => [r.number, r.body])).toEqual([
      [1, "**api** note"],
      [2, "edited"],
    ]);

    expect((await noteRoute.GET(call("GET", otherToken), idParams(note.id))).status).toBe(403); // private
    expect((await noteRoute.DELETE(call("DELETE", token), idParams(note.id))).status).toBe(204);
    expect((await db.note.findUniqueOrThrow({ where: { id: note.id } })).deletedAt).not.toBeNull();
  });

  it("answers 401 without or with a bad token, 404 for unknown ids and slugs", async () => {
    expect((await measureNotes.GET(call("GET", null), slugParams())).status).toBe(401);
    expect((await measureNotes.GET(call("GET", "aap_nope"), slugParams())).status).toBe(401);
    expect((await noteRoute.GET(call("GET", token), idParams("no-such-note"))).status).toBe(404);
    expect(
      (await measureNotes.GET(call("GET", token), { params: Promise.resolve({ slug: "no-such-measure" }) })).status,
    ).toBe(404);
  });

  it("answers 422 with field messages for invalid bodies and 413 for oversize ones, saving nothing", async () => {
    const before = await db.note.count();
    const empty = await measureNotes.POST(call("POST", token, { body: "  " }), slugParams());
    expect(empty.status).toBe(422);
    expect((await empty.json()).fieldErrors.body).toEqual(["Write the note: it cannot be empty."]);
    const long = await measureNotes.POST(call("POST", token, { body: "x".repeat(20_001) }), slugParams());
    expect(long.status).toBe(422);
    const huge = await measureNotes.POST(
      call("POST", token, undefined, JSON.stringify({ body: "x".repeat(200_000) })),
      slugParams(),
    );
    expect(huge.status).toBe(413);
    expect((await measureNotes.POST(call("POST", token, undefined, "{not json"), slugParams())).status).toBe(400);
    expect(await db.note.count()).toBe(before);
  });
});
