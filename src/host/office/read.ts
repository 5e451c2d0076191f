import type { Cell, SheetData } from "../../core";
import type { Progress } from "../workbook-host";
import { payloadBytes, READ_PROBE_CELLS, readCellsPerBlock } from "./budget";
import type { Features } from "./requirements";

interface Block {
  sheet: number;
  firstRow: number;
  range: Excel.Range;
}

/** "'表 1'!A1:C3" → "A1:C3". */
function localAddress(address: string): string {
  const i = address.lastIndexOf("!");
  return (i < 0 ? address : address.slice(i + 1)).replace(/\$/g, "");
}

/**
 * Every worksheet's used range as plain cells from A1: two syncs, then one per block of rows
 * (blocks of several sheets share a sync). The first block is a small probe; the size of the
 * cells it returns sets the size of the next blocks, so each response stays under Excel on the
 * web's 5 MB whatever the roster holds.
 */
export async function readAllSheets(context: Excel.RequestContext, features: Features, progress?: Progress): Promise<SheetData[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const used = sheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    const merged = features.mergedAreas ? range.getMergedAreasOrNullObject() : null;
    merged?.load("areas/items/address");
    return { ws, range, merged };
  });
  await context.sync();

  const out: SheetData[] = used.map(({ ws, range, merged }) => ({
    name: ws.name,
    rows: [],
    merges: merged && !merged.isNullObject && !range.isNullObject ? merged.areas.items.map((a) => localAddress(a.address)) : [],
  }));

  const blocks: Block[] = [];
  const total = used.reduce((n, u) => n + (u.range.isNullObject ? 0 : u.range.rowCount * u.range.columnCount), 0);
  let pending = 0;
  let done = 0;
  let bytesPerCell = 0;
  let limit = READ_PROBE_CELLS;
  const drain = async (): Promise<void> => {
    await context.sync();
    for (const b of blocks.splice(0)) {
      const rows = out[b.sheet].rows;
      const offset = used[b.sheet].range.columnIndex;
      const values = b.range.values as Cell[][];
      bytesPerCell = Math.max(bytesPerCell, payloadBytes(values) / Math.max(1, values.length * (values[0]?.length ?? 1)));
      const pad = Array<Cell>(offset).fill(null);
      values.forEach((row, i) => {
        rows[b.firstRow + i] = [...pad, ...row.map((v) => (v === "" ? null : v))];
      });
    }
    done += pending;
    pending = 0;
    progress?.(total === 0 ? 1 : done / total);
  };

  for (let s = 0; s < used.length; s++) {
    const { ws, range } = used[s];
    if (range.isNullObject) continue;
    const columns = Math.max(1, range.columnCount);
    let r = 0;
    while (r < range.rowCount) {
      if (bytesPerCell > 0) limit = readCellsPerBlock(bytesPerCell, columns);
      const n = Math.min(Math.max(1, Math.floor(limit / columns)), range.rowCount - r);
      if (pending > 0 && pending + n * columns > limit) {
        await drain();
        continue;
      }
      const block = ws.getRangeByIndexes(range.rowIndex + r, range.columnIndex, n, range.columnCount);
      block.load("values");
      blocks.push({ sheet: s, firstRow: range.rowIndex + r, range: block });
      pending += n * columns;
      r += n;
      if (bytesPerCell === 0) await drain(); // the probe: learn the size of a cell first
    }
  }
  if (blocks.length > 0) await drain();
  for (const sheet of out) for (let i = 0; i < sheet.rows.length; i++) sheet.rows[i] ??= [];
  progress?.(1);
  return out;
}
