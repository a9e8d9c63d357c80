import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { jsonError, withErrorHandling } from "@/lib/http/responses";

const handlers = toNextJsHandler(auth);

/** Better Auth answers unknown paths with an empty 404; the API's clients get `{ error }` everywhere. */
async function withJsonErrors(response: Response): Promise<Response> {
  if (response.status < 400 || response.headers.get("content-type")?.includes("json")) return response;
  return jsonError(response.status, response.status === 404 ? "Not found." : "The request was refused.");
}

export function GET(request: Request) {
  return withErrorHandling(async () => withJsonErrors(await handlers.GET(request)));
}

export function POST(request: Request) {
  return withErrorHandling(async () => withJsonErrors(await handlers.POST(request)));
}
