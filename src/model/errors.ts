/**
 * Fatal problems with one input. Each has a stable code (printed as `E_CODE id: message` by the CLI)
 * and a message that says what to do about it. Non-fatal findings are `Diagnostic`s on the analysis.
 */
export type ErrorCode =
  | "E_USAGE"
  | "E_READ"
  | "E_EMPTY"
  | "E_BINARY"
  | "E_TOO_LARGE"
  | "E_JSON"
  | "E_JSONL_FIELD"
  | "E_LANGUAGE"
  | "E_DATE"
  | "E_STAGE"
  | "E_HTML"
  /** A URL we will not fetch: not http(s), credentials in it, a malformed host. */
  | "E_FETCH_URL"
  /** The host is or resolves to an address that is not public unicast (loopback, private, link-local, metadata…). */
  | "E_FETCH_BLOCKED"
  /** Too many redirects. */
  | "E_FETCH_REDIRECTS"
  /** The server took too long. */
  | "E_FETCH_TIMEOUT"
  /** The server answered with a status or content type we do not read. */
  | "E_FETCH_STATUS"
  | "E_FETCH_TYPE"
  /** The connection failed. */
  | "E_FETCH_FAILED"
  /** Compressed data that is corrupt. */
  | "E_DECOMPRESS"
  /** A feed or web archive that cannot be read. */
  | "E_FEED"
  | "E_WARC"
  /** A library function called with an argument of the wrong type or shape (`analyze(null)`). */
  | "E_ARGUMENT"
  /** The analysis of one input took longer than its time limit (`--timeout`, `timeoutMs`). */
  | "E_TIMEOUT"
  /** A path named in a JSONL record that resolves outside the folders it may be read from. */
  | "E_PATH"
  /** An input or path given as a URL of a scheme other than http and https (`file://`, `ftp://`). */
  | "E_SCHEME"
  /** The corpus store cannot be opened, is of another schema version, or refused a write. */
  | "E_STORE"
  /** What a store query asked for (an article, a speaker) is not in the store. */
  | "E_NOT_FOUND"
  | "E_INTERNAL";

export class QuellenlageError extends Error {
  readonly code: ErrorCode;
  /** The input the error belongs to (a path, a JSONL id or line), if any. */
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, input?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "QuellenlageError";
    this.code = code;
    this.input = input;
  }

  /** The same error, now tied to an input. */
  withInput(input: string): QuellenlageError {
    if (this.input !== undefined) return this;
    return new QuellenlageError(this.code, this.message, input, { cause: this.cause });
  }
}

export function isQuellenlageError(err: unknown): err is QuellenlageError {
  return err instanceof QuellenlageError;
}

/** Wraps anything thrown into a typed error; unexpected ones become E_INTERNAL with their message kept. */
export function toQuellenlageError(err: unknown, input?: string): QuellenlageError {
  if (err instanceof QuellenlageError) return input === undefined ? err : err.withInput(input);
  const message = err instanceof Error ? err.message : String(err);
  return new QuellenlageError("E_INTERNAL", `internal error: ${message} (please report this with the input)`, input, {
    cause: err,
  });
}
