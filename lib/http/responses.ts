/**
 * The JSON API's error contract, in one place: every route handler wraps its work in
 * `withErrorHandling`, so a bad request is a 4xx with a message and nothing else is ever a stack trace.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import {
  BadRequestError,
  DomainError,
  PayloadTooLargeError,
  TooManyRequestsError,
  UnsupportedMediaTypeError,
} from "@/lib/errors";

export type ApiError = { error: string; fieldErrors?: Record<string, string[]> };

export function jsonError(
  status: number,
  error: string,
  fieldErrors?: Record<string, string[]>,
  headers?: HeadersInit,
) {
  const body: ApiError = fieldErrors ? { error, fieldErrors } : { error };
  return NextResponse.json(body, { status, headers });
}

/** Maps any thrown value to a response: zod → 422, domain errors → their status (429 with Retry-After), the rest → 500. */
export function errorResponse(error: unknown): NextResponse<ApiError> {
  if (error instanceof z.ZodError) {
    const flat = z.flattenError(error);
    const fieldErrors = flat.fieldErrors as Record<string, string[]>;
    const message = flat.formErrors[0] ?? Object.values(fieldErrors)[0]?.[0] ?? "Invalid request.";
    return jsonError(422, message, fieldErrors);
  }
  if (error instanceof TooManyRequestsError)
    return jsonError(429, error.message, undefined, { "Retry-After": String(error.retryAfterSeconds) });
  if (error instanceof DomainError) return jsonError(error.status, error.message);
  console.error(error);
  return jsonError(500, "Something went wrong on our side.");
}

export async function withErrorHandling(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    return errorResponse(error);
  }
}

/** Reads a JSON body of at most `maxBytes`; a malformed or oversize body is a 4xx, not a crash. */
export async function readJsonBody(request: Request, maxBytes = 64 * 1024): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) throw new UnsupportedMediaTypeError();
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new PayloadTooLargeError();
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > maxBytes) throw new PayloadTooLargeError();
  let text: string;
  try {
    // fatal: invalid UTF-8 is refused rather than stored with U+FFFD in place of the bad bytes.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequestError("The body is not valid UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError("The body is not valid JSON.");
  }
}
