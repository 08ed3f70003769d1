// Errors of the data layer. A file that cannot be read or decoded raises a BadFileError naming it;
// the loader's `skipBad` option skips (and counts) exactly these errors, never programming errors.

export class BadFileError extends Error {
  /** The offending file (absolute or as given). */
  readonly file: string;
  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.name = 'BadFileError';
    this.file = file;
  }
}

/** A dataset's files are missing (e.g. a Debian data package not installed). */
export class DatasetNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetNotFoundError';
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
