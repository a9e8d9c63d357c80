/**
 * JSON 405s for the API. Next answers a method a route does not export with an empty 405; API
 * clients get the same `{ error }` body as every other 4xx, and an Allow header naming what works.
 */
import { jsonError } from "./responses";

const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
type WriteMethod = (typeof WRITE_METHODS)[number];
type Handler = () => Response;

/** Handlers for every write method not in `allowed`; spread the result into the route's exports. */
export function refuseOtherMethods(...allowed: Array<"GET" | WriteMethod>): Record<WriteMethod, Handler> {
  const allow = [...allowed, "HEAD", "OPTIONS"].join(", ");
  const refuse: Handler = () =>
    jsonError(405, `This address only answers ${allowed.join(", ")}.`, undefined, { Allow: allow });
  return Object.fromEntries(WRITE_METHODS.map((method) => [method, refuse])) as Record<WriteMethod, Handler>;
}
