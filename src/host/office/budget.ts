/**
 * Excel on the web refuses a request or response over 5 MB. Work is queued against a byte budget
 * well under that and synced when the budget would be exceeded, so the number of syncs depends on
 * the amount of data, never on a loop over rows.
 */
export const REQUEST_BUDGET = 4_000_000;

/** Rough JSON size of cell values, for budgeting. */
export function payloadBytes(values: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of values) {
    n += 2;
    for (const v of row) n += v === null || v === undefined ? 5 : typeof v === "string" ? v.length * 3 + 3 : 12;
  }
  return n;
}

/** Read side: most cells per request (at a generous 16 bytes a cell). */
export const READ_CELLS_PER_BLOCK = Math.floor(REQUEST_BUDGET / 16);
/** Read side: cells of the first request, before the size of a cell is known. */
export const READ_PROBE_CELLS = 20_000;

/**
 * Cells per read request once `bytesPerCell` (the largest seen so far) is known: the budget with a
 * margin for rows longer than those seen, at least one row of `columns`.
 */
export function readCellsPerBlock(bytesPerCell: number, columns: number): number {
  const cells = Math.floor(REQUEST_BUDGET / (Math.max(bytesPerCell, 1) * 1.5));
  return Math.max(columns, Math.min(READ_CELLS_PER_BLOCK, cells));
}

export class SyncBudget {
  private used = 0;
  constructor(
    private readonly sync: () => Promise<void>,
    private readonly limit = REQUEST_BUDGET,
  ) {}

  /** Call before queueing `bytes` of work: syncs first when the request would grow past the limit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    this.used += bytes;
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    this.used = 0;
    await this.sync();
  }
}
