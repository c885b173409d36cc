type ErrorIssue = { path: (string | number)[]; message: string };

/** A refusal the client can act on; anything else that escapes a handler is our fault and answers 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
  }
}
