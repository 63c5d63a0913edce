/**
 * @module Error codes. Every failure that reaches a user names the input and a stable code,
 * so a message can be looked up and a test can assert on the code rather than on wording.
 */

export const ErrorCode = {
  EMPTY: "E_EMPTY",
  BINARY: "E_BINARY",
  TOO_LARGE: "E_TOO_LARGE",
  ENCODING: "E_ENCODING",
  NOT_FOUND: "E_NOT_FOUND",
  UNREADABLE: "E_UNREADABLE",
  BAD_HTML: "E_BAD_HTML",
  HTTP: "E_HTTP",
  UNREACHABLE: "E_UNREACHABLE",
  BAD_FEED: "E_BAD_FEED",
  BAD_JSON: "E_BAD_JSON",
  BAD_DATE: "E_BAD_DATE",
  UNSUPPORTED: "E_UNSUPPORTED",
  PIPELINE: "E_PIPELINE",
  STORE: "E_STORE",
  BAD_REQUEST: "E_BAD_REQUEST",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error about one input. `input` is what the user gave (a path, a URL, `path:line`). */
export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly input: string,
    reason: string,
  ) {
    super(`${input}: ${reason} [${code}]`);
    this.name = "InputError";
  }
}

export class LagebildError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(`${message} [${code}]`);
    this.name = "LagebildError";
  }
}
