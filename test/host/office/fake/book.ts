/**
 * The workbook behind the fake Excel: its sheets and custom XML parts, and the request pipeline —
 * statements queue on the request context and apply only at `sync`, in order; a batch stops at
 * its first failing statement (those before it stay applied, the rest and every load of the batch
 * are dropped), as the batch example of OfficeExtension.Error.traceMessages shows
 * (https://learn.microsoft.com/javascript/api/office/officeextension.error). Tests read and set
 * the state directly; the office host reaches it only through the proxies (proxies.ts).
 */
import { cellEditError, FakeOfficeError, inactiveWorkbookError, payloadError } from "./errors";
import { PAYLOAD_LIMIT } from "./rules";

export type V = string | number | boolean | null;
export const key = (r: number, c: number): string => `${r},${c}`;

/** A queued statement: what it costs in the request and what it does at sync. */
interface Act {
  kind: "act";
  api: string;
  bytes: number;
  run: () => void;
}
/** A queued load: it reads at sync; `commit` hands the result to the proxy once the whole batch has gone through. */
interface Load {
  kind: "load";
  api: string;
  bytes: number;
  run: () => { bytes: number; commit: () => void };
}

/**
 * While another workbook has focus, these statements fail with these codes ("API limitations when
 * the active workbook switches", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-troubleshooting);
 * every other statement fails with InactiveWorkbook, "the workbook being called by this API has
 * lost focus" (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
const FOCUS_ERRORS: Record<string, string> = {
  "Chart.activate": "GeneralException",
  "Range.select": "GeneralException",
  "Worksheet.activate": "GeneralException",
  "Worksheet.delete": "InvalidSelection",
  "WorksheetCollection.add": "GeneralException",
  "WorksheetFreezePanes.freezeRows": "GeneralException",
};

/** What the host set on one range it asked for (the formats a test checks). */
export interface RangeRecord {
  address(): string;
  format: {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    borders: Record<string, string>;
    columnWidth?: number;
    rowHeight?: number;
    wrapText?: boolean;
    horizontalAlignment?: string;
    verticalAlignment?: string;
  };
  dataValidation: { rule?: unknown; errorAlert?: { title?: string; message?: string } };
}

export interface ChartRecord {
  type: string;
  source: string;
  title: string;
  /** setPosition's top-left and bottom-right cells; null until set (Excel then places it itself). */
  position: [string, string | null] | null;
}

export function colLetter(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number, rows = 1, cols = 1): string {
  const at = (rr: number, cc: number): string => `${colLetter(cc)}${rr + 1}`;
  return rows === 1 && cols === 1 ? at(r, c) : `${at(r, c)}:${at(r + rows - 1, c + cols - 1)}`;
}

/** One worksheet's state. */
export class FakeSheet {
  cells = new Map<string, V>();
  formats = new Map<string, string>();
  merges: string[] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  frozenRows = 0;
  selected = "";
  active = false;
  protected_ = false;
  charts: ChartRecord[] = [];
  page: { orientation?: string; paperSize?: string; zoom?: unknown; titles?: string; printArea?: string } = {};
  /** Column widths and row heights set, in points (0-based index). */
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** Every range the host set something on, in the order it first did (their formats are what it set). */
  ranges: RangeRecord[] = [];
  /** Merges, fills and borders in the order they were applied: "merge A1:C1", "fill A2:C2", "borders A2:C9". */
  ops: string[] = [];
  deleted = false;
  /** Cells computed on demand (rows × cols from A1), for very large sheets. */
  generated: { rows: number; cols: number; cell: (r: number, c: number) => V } | null = null;
  constructor(public name: string) {}

  /** The chart types added, in order. */
  get charts_(): string[] {
    return this.charts.map((c) => c.type);
  }
  cell(r: number, c: number): V {
    const v = this.cells.get(key(r, c));
    if (v !== undefined || !this.generated) return v ?? "";
    return r < this.generated.rows && c < this.generated.cols ? this.generated.cell(r, c) : "";
  }
  /** The used range of values, or null when the sheet holds none. */
  usedRange(): { r: number; c: number; rows: number; cols: number } | null {
    if (this.generated) return { r: 0, c: 0, rows: this.generated.rows, cols: this.generated.cols };
    let maxR = -1;
    let maxC = -1;
    let minR = Infinity;
    let minC = Infinity;
    for (const [k, v] of this.cells) {
      if (v === "" || v === null) continue;
      const [r, c] = k.split(",").map(Number);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
    }
    return maxR < 0 ? null : { r: minR, c: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
  }
}

export interface XmlPart {
  namespace: string;
  xml: string;
  deleted: boolean;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  xmlParts: XmlPart[] = [];
  /** Syncs attempted, and the request and response bytes of each (custom XML parts included). */
  syncs = 0;
  payloads: number[] = [];
  responses: number[] = [];
  /** Every block of values loaded: [sync it was loaded at (1-based), rows, columns]. */
  valueBlocks: [sync: number, rows: number, cols: number][] = [];
  /** Every block of values written: [sync it goes with (1-based), rows, columns]. */
  writtenBlocks: [sync: number, rows: number, cols: number][] = [];
  /** Keep no written cells or formats (count and measure only), for very large writes. */
  discardWrites = false;
  /** The options of every Excel.run. */
  runs: { delayForCellEdit?: boolean }[] = [];

  /** Throw GeneralException at this sync (1-based), before anything of its batch applies. */
  failAtSync: number | null = null;
  /**
   * The user is editing a cell. A batch then fails with InvalidOperationInCellEditMode, unless
   * its Excel.run asked `delayForCellEdit` — "the batch request is delayed and runs when the user
   * exits cell edit mode" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit)
   * — and the build honours it (`honoursDelayForCellEdit`; older builds ignore the option).
   */
  cellEditMode = false;
  honoursDelayForCellEdit = true;
  /** Syncs that waited for the user to leave cell-edit mode. */
  delayedSyncs = 0;
  /** Another workbook has focus (FOCUS_ERRORS). */
  focusElsewhere = false;
  /** The workbook's structure is protected: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  /** Fail one statement with GeneralException: the first of `api` after `skip` more have run (then the switch clears). */
  refuseStatement: { api: string; skip: number } | null = null;
  /** Called at the start of every sync with its number: tests switch cell-edit mode or focus here. */
  onSync: ((n: number) => void) | null = null;
  /**
   * The Normal style's metrics: Worksheet.standardWidth in characters and what a standard column
   * measures in points. Calibri 11: 8.43 characters, 64 px = 48 pt.
   */
  normalStyle = { standardWidth: 8.43, columnPoints: 48 };

  private queue: (Act | Load)[] = [];
  private editWaiters: (() => void)[] = [];

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Queues a statement. */
  act(api: string, bytes: number, run: () => void): void {
    this.queue.push({ kind: "act", api, bytes, run });
  }
  /** Queues a load. */
  load(api: string, bytes: number, run: () => { bytes: number; commit: () => void }): void {
    this.queue.push({ kind: "load", api, bytes, run });
  }

  /** The user presses Enter: cell-edit mode ends and delayed batches run. */
  leaveCellEdit(): void {
    this.cellEditMode = false;
    for (const wake of this.editWaiters.splice(0)) wake();
  }

  async sync(delayForCellEdit: boolean): Promise<void> {
    this.syncs += 1;
    const n = this.syncs;
    this.onSync?.(n);
    const batch = this.queue.splice(0);
    const request = batch.reduce((a, s) => a + s.bytes, 0);
    this.payloads.push(request);
    this.responses.push(0);
    if (this.failAtSync === n) throw new FakeOfficeError("GeneralException", "GeneralException (injected)");
    if (request > PAYLOAD_LIMIT) throw payloadError("Request", request);
    while (this.cellEditMode) {
      if (!delayForCellEdit || !this.honoursDelayForCellEdit) throw cellEditError();
      this.delayedSyncs += 1;
      await new Promise<void>((wake) => this.editWaiters.push(wake));
    }
    const commits: (() => void)[] = [];
    let response = 0;
    for (const step of batch) {
      if (this.focusElsewhere) {
        const code = FOCUS_ERRORS[step.api];
        throw code ? new FakeOfficeError(code, `${step.api} failed: another workbook has focus.`, step.api) : inactiveWorkbookError(step.api);
      }
      const refuse = this.refuseStatement;
      if (refuse && refuse.api === step.api && refuse.skip-- === 0) {
        this.refuseStatement = null;
        throw new FakeOfficeError("GeneralException", `${step.api} refused (injected)`, step.api);
      }
      if (step.kind === "act") step.run();
      else {
        const read = step.run();
        response += read.bytes;
        commits.push(read.commit);
      }
    }
    this.responses[this.responses.length - 1] = response;
    if (response > PAYLOAD_LIMIT) throw payloadError("Response", response);
    for (const commit of commits) commit();
  }
}
