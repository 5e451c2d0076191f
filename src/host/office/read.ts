import type { Cell, SheetData } from "../../core";
import type { Progress } from "../workbook-host";
import { payloadBytes, READ_PROBE_CELLS, readCellsPerBlock, REQUEST_BUDGET } from "./budget";
import { officeCode } from "./messages";
import type { Features } from "./requirements";

/** Rows of a sheet's first block, before the size of its cells is known. */
const PROBE_ROWS = 16;
/** What a probe's cell is reckoned to take until its sheet's cells are measured. */
const PROBE_CELL_BYTES = 200;

/** A span of rows of one sheet's used range to read (row offsets inside the used range). */
interface Span {
  sheet: number;
  row: number;
  rows: number;
  probe: boolean;
}

/** "'表 1'!A1:C3" → "A1:C3". */
function localAddress(address: string): string {
  const i = address.lastIndexOf("!");
  return (i < 0 ? address : address.slice(i + 1)).replace(/\$/g, "");
}

const tooLarge = (e: unknown): boolean => {
  const code = officeCode(e);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
};

interface Used {
  name: string;
  ws: Excel.Worksheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
  empty: boolean;
  merges: string[];
}

/**
 * The merged areas of rows [row, row + rows) of the used range: Excel fails the call above 512
 * areas (Range.getMergedAreasOrNullObject), so a range that fails is read in two halves, each
 * listing the areas that start in it.
 */
async function mergesOf(context: Excel.RequestContext, u: Used, row: number, rows: number): Promise<string[]> {
  const areas = u.ws.getRangeByIndexes(u.row + row, u.col, rows, u.cols).getMergedAreasOrNullObject();
  areas.load("areas/items/address");
  try {
    await context.sync();
    return areas.isNullObject ? [] : areas.areas.items.map((a) => localAddress(a.address));
  } catch (e) {
    if (rows < 2 || tooLarge(e)) throw e;
    const half = Math.floor(rows / 2);
    return [...(await mergesOf(context, u, row, half)), ...(await mergesOf(context, u, row + half, rows - half))];
  }
}

/**
 * Every worksheet's used range as plain cells from A1: two syncs (sheet list; used ranges and
 * merges), then one per batch of row blocks. Each sheet's first block is a small probe of its
 * own; the size of the cells it returns sets the size of that sheet's next blocks, so short cells
 * of one sheet never size the blocks of another (the 30,000-character cells of `_抽取记录数据`).
 * Blocks of several sheets share a sync while their reckoned bytes stay under the budget, and a
 * batch Excel still refuses as over 5 MB is read again in halves.
 */
export async function readAllSheets(context: Excel.RequestContext, features: Features, progress?: Progress): Promise<SheetData[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const loadUsed = (withMerges: boolean) =>
    sheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      const merged = withMerges ? range.getMergedAreasOrNullObject() : null;
      merged?.load("areas/items/address");
      return { ws, range, merged };
    });
  let probes = loadUsed(features.mergedAreas);
  let mergesFailed = false;
  try {
    await context.sync();
  } catch (e) {
    // More than 512 merged areas in a sheet: read the used ranges alone, then each sheet's merges.
    if (!features.mergedAreas || tooLarge(e)) throw e;
    probes = loadUsed(false);
    await context.sync();
    mergesFailed = true;
  }
  const used: Used[] = probes.map(({ ws, range, merged }) => {
    const empty = range.isNullObject;
    return {
      name: ws.name,
      ws,
      row: empty ? 0 : range.rowIndex,
      col: empty ? 0 : range.columnIndex,
      rows: empty ? 0 : range.rowCount,
      cols: empty ? 0 : Math.max(1, range.columnCount),
      empty,
      merges: merged && !merged.isNullObject && !empty ? merged.areas.items.map((a) => localAddress(a.address)) : [],
    };
  });
  if (mergesFailed) {
    for (const u of used) if (!u.empty) u.merges = [...new Set(await mergesOf(context, u, 0, u.rows))];
  }

  const out: SheetData[] = used.map((u) => ({ name: u.name, rows: [], merges: u.merges }));
  const total = used.reduce((n, u) => n + u.rows * u.cols, 0);
  const bytesPerCell = used.map(() => 0);
  const next = used.map(() => 0);
  const retry: Span[][] = used.map(() => []);
  let done = 0;

  /** The next span of sheet `s` to read, or null when it has none. */
  const take = (s: number): Span | null => {
    const again = retry[s].shift();
    if (again) return again;
    const u = used[s];
    if (u.empty || next[s] >= u.rows) return null;
    const probe = bytesPerCell[s] === 0;
    const limit = probe ? Math.min(PROBE_ROWS * u.cols, READ_PROBE_CELLS) : readCellsPerBlock(bytesPerCell[s], u.cols);
    const rows = Math.min(Math.max(1, Math.floor(limit / u.cols)), u.rows - next[s]);
    const span = { sheet: s, row: next[s], rows, probe };
    next[s] += rows;
    return span;
  };
  const sync = (): Promise<void> => context.sync();
  const reckon = (span: Span): number => span.rows * used[span.sheet].cols * (span.probe || bytesPerCell[span.sheet] === 0 ? PROBE_CELL_BYTES : bytesPerCell[span.sheet] * 1.5);

  for (;;) {
    const batch: Span[] = [];
    let bytes = 0;
    for (let s = 0; s < used.length; s++) {
      for (;;) {
        const span = take(s);
        if (!span) break;
        const cost = reckon(span);
        if (batch.length > 0 && bytes + cost > REQUEST_BUDGET) {
          retry[s].unshift(span);
          break;
        }
        batch.push(span);
        bytes += cost;
        if (span.probe) break; // learn this sheet's cells before sizing its blocks
      }
      if (bytes >= REQUEST_BUDGET) break;
    }
    if (batch.length === 0) break;

    const ranges = batch.map((span) => {
      const u = used[span.sheet];
      const range = u.ws.getRangeByIndexes(u.row + span.row, u.col, span.rows, u.cols);
      range.load("values");
      return range;
    });
    try {
      await sync();
    } catch (e) {
      if (!tooLarge(e) || (batch.length === 1 && batch[0].rows === 1)) throw e;
      // Excel on the web refused the batch as over 5 MB: each span again, in halves, on its own.
      for (const span of [...batch].reverse()) {
        const cells = span.rows * used[span.sheet].cols;
        bytesPerCell[span.sheet] = Math.max(bytesPerCell[span.sheet], REQUEST_BUDGET / cells);
        const half = Math.ceil(span.rows / 2);
        const parts = span.rows > 1 ? [{ ...span, rows: half, probe: false }, { ...span, row: span.row + half, rows: span.rows - half, probe: false }] : [{ ...span, probe: false }];
        retry[span.sheet].unshift(...parts);
      }
      continue;
    }
    batch.forEach((span, i) => {
      const u = used[span.sheet];
      const values = ranges[i].values as Cell[][];
      const cells = Math.max(1, values.length * (values[0]?.length ?? 1));
      bytesPerCell[span.sheet] = Math.max(bytesPerCell[span.sheet], payloadBytes(values) / cells);
      const rows = out[span.sheet].rows;
      const pad = Array<Cell>(u.col).fill(null);
      values.forEach((row, j) => {
        rows[u.row + span.row + j] = [...pad, ...row.map((v) => (v === "" ? null : v))];
      });
      done += span.rows * u.cols;
    });
    progress?.(total === 0 ? 1 : done / total);
  }
  for (const sheet of out) for (let i = 0; i < sheet.rows.length; i++) sheet.rows[i] ??= [];
  progress?.(1);
  return out;
}
