/**
 * Domain errors the data layer throws. Route handlers and server actions turn them into a
 * status code or a form message in one place (lib/http/responses.ts); their messages are meant
 * for users and never carry database details.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthorizedError extends DomainError {
  constructor(message = "Sign in to do this.") {
    super(message, 401);
  }
}

/** What a refusal was about, so a form can say what was refused (Validation.<refusal>). */
export type Refusal = "forbidden" | "adminOnly" | "noteForbidden" | "noteRestoreExpired" | "companyForbidden";

export class ForbiddenError extends DomainError {
  constructor(
    message = "You are not allowed to do this.",
    readonly refusal: Refusal = "forbidden",
  ) {
    super(message, 403);
  }
}

/** An admin-only action called by someone else. */
export class AdminOnlyError extends ForbiddenError {
  constructor() {
    super("Only an admin can do this.", "adminOnly");
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Not found.") {
    super(message, 404);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super(message, 409);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(message = "The request body is too large.") {
    super(message, 413);
  }
}

export class BadRequestError extends DomainError {
  constructor(message: string) {
    super(message, 400);
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  constructor(message = "Send the body as application/json.") {
    super(message, 415);
  }
}

/** Too many requests in a short time: `retryAfterSeconds` goes out as the Retry-After header. */
export class TooManyRequestsError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many changes in a short time. Try again in ${retryAfterSeconds} s.`,
  ) {
    super(message, 429);
  }
}

/** Work the server could not do in time (a PDF laid out in a worker): try again later. */
export class ServiceUnavailableError extends DomainError {
  constructor(message: string) {
    super(message, 503);
  }
}
