/**
 * One error type for everything a user can fix: what went wrong, where, and what to do.
 * The CLI prints it without a stack trace (unless --debug) and exits with `exitCode`.
 */
export interface Location {
  file?: string;
  /** 1-based data row (record) number, header excluded, or line number for text formats. */
  row?: number;
  column?: string;
}

export class RetroError extends Error {
  readonly fix: string;
  readonly location: Location;
  readonly exitCode: number;

  constructor(message: string, fix: string, location: Location = {}, exitCode = 1) {
    super(message);
    this.name = "RetroError";
    this.fix = fix;
    this.location = location;
    this.exitCode = exitCode;
  }

  /** `file:row: column "x": message\n  fix: ...` */
  format(): string {
    const { file, row, column } = this.location;
    const where = [file, row !== undefined ? `row ${row}` : undefined, column !== undefined ? `column "${column}"` : undefined]
      .filter(Boolean)
      .join(", ");
    return `${where ? `${where}: ` : ""}${this.message}\n  fix: ${this.fix}`;
  }
}

export function isRetroError(e: unknown): e is RetroError {
  return e instanceof RetroError;
}
