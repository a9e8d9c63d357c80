import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { refuseOtherMethods } from "@/lib/http/methods";
import { errorResponse, readJsonBody } from "@/lib/http/responses";

function post(body: string, type = "application/json") {
  return new Request("http://localhost/api/x", { method: "POST", body, headers: { "content-type": type } });
}

describe("the API's error contract", () => {
  it("answers invalid input with 422 and the message of each field", async () => {
    const parsed = z.object({ body: z.string().min(1, "Write something.") }).safeParse({ body: "" });
    const response = errorResponse(parsed.error);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: "Write something.", fieldErrors: { body: ["Write something."] } });
  });

  it("answers domain errors with their status and message", async () => {
    expect(errorResponse(new NotFoundError("No such note.")).status).toBe(404);
    const forbidden = errorResponse(new ForbiddenError());
    expect([forbidden.status, (await forbidden.json()).error]).toEqual([403, "You are not allowed to do this."]);
  });

  it("never shows the details of an unexpected error", async () => {
    const original = console.error;
    console.error = () => {};
    const response = errorResponse(new Error("SQLITE_CONSTRAINT: secret table details"));
    console.error = original;
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("SQLITE");
  });

  it("refuses malformed, mistyped and oversize bodies with a 4xx", async () => {
    const statusOf = async (request: Request, max?: number) => {
      try {
        await readJsonBody(request, max);
        return 200;
      } catch (error) {
        return errorResponse(error).status;
      }
    };
    expect(await statusOf(post("{not json"))).toBe(400);
    expect(await statusOf(post("body=1", "application/x-www-form-urlencoded"))).toBe(415);
    expect(await statusOf(post(JSON.stringify({ body: "x".repeat(100) }), "application/json"), 50)).toBe(413);
    expect(await readJsonBody(post('{"ok":true}'))).toEqual({ ok: true });
  });

  it("refuses a body that is not valid UTF-8 instead of storing replacement characters", async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x62, 0x22, 0x3a, 0x22, 0xff, 0xc3, 0x28, 0x22, 0x7d]); // {"b":"\xff\xc3("}
    const request = new Request("http://localhost/api/x", {
      method: "POST",
      body: bytes,
      headers: { "content-type": "application/json" },
    });
    const status = await readJsonBody(request).then(
      () => 200,
      (error) => errorResponse(error).status,
    );
    expect(status).toBe(400);
    expect(await readJsonBody(post(JSON.stringify({ body: "전력망 ✓" })))).toEqual({ body: "전력망 ✓" });
  });

  it("answers a method a route does not take with a JSON 405 naming the ones it does", async () => {
    const { DELETE } = refuseOtherMethods("GET", "POST");
    const response = DELETE();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    expect((await response.json()).error).toMatch(/GET, POST/);
  });
});
