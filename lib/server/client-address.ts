/**
 * Which address a request came from. X-Forwarded-For is whatever the client wrote unless a proxy
 * we run put it there: by default the socket's address is the client's, and every incoming
 * X-Forwarded-* header is dropped. Behind a reverse proxy, TRUST_PROXY_HOPS=N (the number of
 * proxies in front of the app, usually 1) takes the address N entries from the right of the chain,
 * the one the outermost trusted proxy saw, and keeps X-Forwarded-Host/Proto.
 *
 * The server (http-server.ts) then sets X-Forwarded-For to that one address before Next runs, so
 * everything that reads a client address — the sign-in throttle, Better Auth's own per-IP limit,
 * the ipAddress recorded with a session — reads the same, trustworthy one.
 */
import type { IncomingMessage } from "node:http";
import { env } from "../env";

/** The client's address under `hops` trusted proxies. */
export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, hops: number) {
  const socket = socketAddress ?? "unknown";
  if (hops === 0) return socket;
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
    socket,
  ];
  // The right-most entry is the socket (the nearest proxy); each trusted hop vouches for one more.
  return chain[Math.max(0, chain.length - 1 - hops)];
}

const FORWARDED = ["x-forwarded-for", "x-real-ip", "x-client-ip", "forwarded", "true-client-ip", "cf-connecting-ip"];

/** Rewrites the request's forwarding headers in place, before anything else reads them. */
export function settleClientAddress(request: IncomingMessage, hops = env.TRUST_PROXY_HOPS): string {
  const forwardedFor = request.headers["x-forwarded-for"];
  const address = clientAddress(
    Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
    request.socket.remoteAddress,
    hops,
  );
  for (const name of FORWARDED) delete request.headers[name];
  if (hops === 0) {
    delete request.headers["x-forwarded-host"];
    delete request.headers["x-forwarded-proto"];
  }
  request.headers["x-forwarded-for"] = address;
  return address;
}
