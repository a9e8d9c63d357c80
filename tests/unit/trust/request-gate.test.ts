/** What the server settles before Next runs: the client's address and the requests refused outright. */
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { clientAddress, settleClientAddress } from "@/lib/server/client-address";
import { ACTION_BODY_LIMIT, refusalFor } from "@/lib/server/request-gate";

function request(fields: { method?: string; url?: string; headers?: Record<string, string> }): IncomingMessage {
  return {
    method: fields.method ?? "GET",
    url: fields.url ?? "/en",
    headers: { host: "tracker.example", ...fields.headers },
    socket: { remoteAddress: "203.0.113.9" },
  } as unknown as IncomingMessage;
}

describe("the client's address", () => {
  it("is the socket's unless a trusted proxy is configured; spoofed headers are dropped", () => {
    const spoofed = request({ headers: { "x-forwarded-for": "10.0.0.1", "x-real-ip": "10.0.0.2" } });
    expect(settleClientAddress(spoofed, 0)).toBe("203.0.113.9");
    expect(spoofed.headers["x-forwarded-for"]).toBe("203.0.113.9");
    expect(spoofed.headers["x-real-ip"]).toBeUndefined();
  });

  it("behind N proxies, is the address N entries from the right", () => {
    expect(clientAddress("198.51.100.7", "10.0.0.1", 1)).toBe("198.51.100.7");
    expect(clientAddress("1.2.3.4, 198.51.100.7", "10.0.0.1", 1)).toBe("198.51.100.7");
    expect(clientAddress("1.2.3.4, 198.51.100.7", "10.0.0.1", 2)).toBe("1.2.3.4");
    expect(clientAddress(undefined, "10.0.0.1", 1)).toBe("10.0.0.1");
    expect(readEnv({ TRUST_PROXY_HOPS: "1" }).TRUST_PROXY_HOPS).toBe(1);
    expect(readEnv({}).TRUST_PROXY_HOPS).toBe(0);
    expect(() => readEnv({ TRUST_PROXY_HOPS: "yes" })).toThrow(/TRUST_PROXY_HOPS/);
  });
});

describe("the request gate", () => {
  it("refuses TRACE and unknown methods with 405 and Allow", () => {
    expect(refusalFor(request({ method: "TRACE" }))).toMatchObject({
      status: 405,
      headers: { Allow: expect.any(String) },
    });
    expect(refusalFor(request({ method: "CONNECT" }))?.status).toBe(405);
    expect(refusalFor(request({ method: "GET" }))).toBeNull();
  });

  it("refuses paths Next would decode twice", () => {
    expect(refusalFor(request({ url: "/en/%25" }))?.status).toBe(400);
    expect(refusalFor(request({ url: "/en/%E0%A4%A" }))?.status).toBe(400);
    expect(refusalFor(request({ url: "/en/search?q=%25" }))).toBeNull();
    expect(refusalFor(request({ url: "/ko/%EC%84%BC%ED%84%B0" }))).toBeNull();
  });

  it("refuses a server action from another origin, without a length or over 1 MB", () => {
    const action = (headers: Record<string, string>) =>
      refusalFor(request({ method: "POST", headers: { "next-action": "abc", ...headers } }));
    expect(action({ origin: "https://evil.example", "content-length": "10" })?.status).toBe(403);
    expect(action({ origin: "null", "content-length": "10" })?.status).toBe(403);
    expect(action({ origin: "https://tracker.example" })?.status).toBe(411);
    expect(action({ origin: "https://tracker.example", "content-length": String(ACTION_BODY_LIMIT + 1) })?.status).toBe(
      413,
    );
    expect(action({ origin: "https://tracker.example", "content-length": "x" })?.status).toBe(413);
    expect(action({ origin: "https://tracker.example", "content-length": "100" })).toBeNull();
  });
});

describe("a server action's body", () => {
  it("is read and given back to Next, and refused when malformed; the boundary's case is kept", async () => {
    const { PassThrough } = await import("node:stream");
    const { actionBodyRefusal } = await import("@/lib/server/request-gate");
    const post = (type: string, body: string, headers: Record<string, string> = {}) => {
      const stream = new PassThrough();
      Object.assign(stream, {
        method: "POST",
        url: "/en",
        headers: { "content-type": type, "content-length": String(Buffer.byteLength(body)), ...headers },
      });
      stream.end(body);
      return stream as unknown as IncomingMessage;
    };
    const form =
      '------WebKitFormBoundaryAbC\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n------WebKitFormBoundaryAbC--\r\n';
    const good = post("multipart/form-data; boundary=----WebKitFormBoundaryAbC", form);
    expect(await actionBodyRefusal(good)).toBeNull();
    const chunks: Buffer[] = [];
    for await (const chunk of good) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe(form);
    const cut = post("multipart/form-data; boundary=----WebKitFormBoundaryAbC", form.slice(0, 60));
    expect((await actionBodyRefusal(cut))?.status).toBe(400);
    const json = (body: string) => post("text/plain;charset=UTF-8", body, { "next-action": "abc" });
    expect(await actionBodyRefusal(json('["x"]'))).toBeNull();
    expect((await actionBodyRefusal(json('[{"a":')))?.status).toBe(400);
  });
});
