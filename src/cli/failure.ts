import type { Issue } from "../core";

/**
 * Why a command could not run or did not succeed, as the CLI reports it: a stable code for scripts,
 * a Chinese message for people, and the exit status (docs/cli.md lists every code). Exit 2 = the
 * command could not run (usage, files); 1 = it ran and the workbook failed; 3 = a fault of ours.
 */
export type FailureCode =
  | "USAGE"
  | "FILE_NOT_FOUND"
  | "FOLDER_NOT_FOUND"
  | "NOT_A_FILE"
  | "NO_PERMISSION"
  | "READ_FAILED"
  | "WRITE_FAILED"
  | "NOT_A_WORKBOOK"
  | "WORKBOOK_DAMAGED"
  | "OUTPUT_EXISTS"
  | "OUTPUT_IS_INPUT"
  | "MACRO_OUTPUT"
  | "OUTPUT_TYPE"
  | "WORKBOOK_HAS_ERRORS"
  | "DRAW_INFEASIBLE"
  | "VOID_REFUSED"
  | "INTERNAL";

export const FAILURE_EXIT: Record<FailureCode, 1 | 2 | 3> = {
  USAGE: 2,
  FILE_NOT_FOUND: 2,
  FOLDER_NOT_FOUND: 2,
  NOT_A_FILE: 2,
  NO_PERMISSION: 2,
  READ_FAILED: 2,
  WRITE_FAILED: 2,
  NOT_A_WORKBOOK: 2,
  WORKBOOK_DAMAGED: 2,
  OUTPUT_EXISTS: 2,
  OUTPUT_IS_INPUT: 2,
  MACRO_OUTPUT: 2,
  OUTPUT_TYPE: 2,
  WORKBOOK_HAS_ERRORS: 1,
  DRAW_INFEASIBLE: 1,
  VOID_REFUSED: 1,
  INTERNAL: 3,
};

export class CliFailure extends Error {
  readonly exit: 1 | 2 | 3;
  constructor(
    readonly code: FailureCode,
    message: string,
    /** The workbook's errors, printed under the message (and in the JSON document). */
    readonly issues: readonly Issue[] = [],
    /** More fields for the JSON document, e.g. the seat that could not be filled. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.exit = FAILURE_EXIT[code];
  }
}

/** A mistake on the command line. */
export class UsageError extends CliFailure {
  constructor(message: string) {
    super("USAGE", message);
  }
}

/** The workbook's errors stop the command: `message`, then each error (warnings left out). */
export const workbookErrors = (message: string, issues: readonly Issue[]): CliFailure =>
  new CliFailure("WORKBOOK_HAS_ERRORS", message, issues.filter((i) => i.severity === "error"));

/** The one JSON document `--json` prints for a failure. */
export function failureJson(f: CliFailure): string {
  return JSON.stringify({
    error: { code: f.code, message: f.message, ...f.details },
    ...(f.issues.length ? { issues: f.issues } : {}),
  });
}
