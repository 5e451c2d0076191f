/**
 * A recording fake of the part of the Excel object model the office host uses. Writes apply at
 * once; loads resolve only at sync(), and reading an unloaded property throws, as in Office.js.
 * It counts syncs, measures each request's payload and each response's (Excel on the web refuses
 * either over 5 MB), logs every block of values loaded, checks the 2-D shape of every values /
 * numberFormat assignment, and can fail a chosen sync. A sheet can be backed by a function, so a
 * million rows cost no memory.
 */
import { columnIndex } from "../../../src/core/grid/address";

type V = string | number | boolean | null;
const key = (r: number, c: number): string => `${r},${c}`;

export class FakeBook {
  sheets: FakeSheet[] = [];
  xmlParts: { namespace: string; xml: string; deleted: boolean }[] = [];
  syncs = 0;
  payloads: number[] = [];
  /** UTF-8 bytes of the JSON of the values each sync returned. */
  responses: number[] = [];
  /** Every block of values loaded: [sync it was loaded at (1-based), rows, columns]. */
  valueBlocks: [sync: number, rows: number, cols: number][] = [];
  /** Every block of values written: [sync it goes with (1-based), rows, columns]. */
  writtenBlocks: [sync: number, rows: number, cols: number][] = [];
  /** Keep no written cells (count and measure only), for very large writes. */
  discardWrites = false;
  private pending = 0;
  private responding = 0;
  private loads: (() => void)[] = [];
  /** Throw at this sync (1-based), to test rollback. */
  failAtSync: number | null = null;

  addBytes(n: number): void {
    this.pending += n;
  }
  queueLoad(f: () => void): void {
    this.loads.push(f);
  }
  respond(n: number): void {
    this.responding += n;
  }
  async sync(): Promise<void> {
    this.syncs += 1;
    this.payloads.push(this.pending);
    this.pending = 0;
    if (this.failAtSync === this.syncs) throw new Error("GeneralException (injected)");
    for (const f of this.loads.splice(0)) f();
    this.responses.push(this.responding);
    this.responding = 0;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

function shape(value: unknown, rows: number, cols: number, what: string): V[][] {
  if (!Array.isArray(value) || value.length !== rows || value.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new Error(`${what}: 2-D array of ${rows}×${cols} expected`);
  }
  return value as V[][];
}

class Loadable {
  protected loaded = false;
  constructor(protected readonly book: FakeBook) {}
  load(_props?: string): this {
    this.book.queueLoad(() => {
      this.loaded = true;
      this.onLoaded(_props ?? "");
    });
    return this;
  }
  protected onLoaded(_props: string): void {}
  protected need(): void {
    if (!this.loaded) throw new Error("property read before load + sync");
  }
}

export class FakeRange extends Loadable {
  format = {
    font: {} as Record<string, unknown>,
    fill: {} as Record<string, unknown>,
    borders: { getItem: (_edge: string) => ({ style: "" }) },
    columnWidth: 0,
    rowHeight: 0 as number,
    wrapText: false,
    horizontalAlignment: "",
    verticalAlignment: "",
  };
  dataValidation: { rule?: unknown; errorAlert?: { title?: string; message?: string } } = {};
  isNullObject = false;
  constructor(book: FakeBook, readonly sheet: FakeSheet, readonly row: number, readonly col: number, readonly rows: number, readonly cols: number) {
    super(book);
  }
  get rowIndex(): number { this.need(); return this.row; }
  get columnIndex(): number { this.need(); return this.col; }
  get rowCount(): number { this.need(); return this.rows; }
  get columnCount(): number { this.need(); return this.cols; }
  private loadedValues: V[][] | null = null;
  protected override onLoaded(props: string): void {
    if (!props.split(",").includes("values")) return;
    this.loadedValues = Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => this.sheet.cell(this.row + r, this.col + c)));
    this.book.valueBlocks.push([this.book.syncs, this.rows, this.cols]);
    this.book.respond(Buffer.byteLength(JSON.stringify(this.loadedValues)));
  }
  get values(): V[][] {
    this.need();
    if (!this.loadedValues) throw new Error("values read before load(\"values\") + sync");
    return this.loadedValues;
  }
  set values(v: V[][]) {
    const grid = shape(v, this.rows, this.cols, "values");
    this.book.addBytes(Buffer.byteLength(JSON.stringify(grid)));
    this.book.writtenBlocks.push([this.book.syncs + 1, this.rows, this.cols]);
    if (!this.book.discardWrites) grid.forEach((row, r) => row.forEach((x, c) => this.sheet.cells.set(key(this.row + r, this.col + c), x)));
  }
  set numberFormat(v: string[][]) {
    const grid = shape(v, this.rows, this.cols, "numberFormat");
    this.book.addBytes(Buffer.byteLength(JSON.stringify(grid)));
    if (!this.book.discardWrites) grid.forEach((row, r) => row.forEach((x, c) => this.sheet.formats.set(key(this.row + r, this.col + c), String(x))));
  }
  merge(): void {
    this.sheet.merges.push(this.address());
  }
  select(): void {
    this.sheet.selected = this.address();
  }
  getMergedAreasOrNullObject(): { isNullObject: boolean; areas: { items: { address: string }[] }; load: () => void } {
    const sheet = this.sheet;
    return { isNullObject: sheet.merges.length === 0, areas: { items: sheet.merges.map((m) => ({ address: `${sheet.name}!${m}` })) }, load: () => undefined };
  }
  address(): string {
    const a = (r: number, c: number): string => `${colLetter(c)}${r + 1}`;
    return this.rows === 1 && this.cols === 1 ? a(this.row, this.col) : `${a(this.row, this.col)}:${a(this.row + this.rows - 1, this.col + this.cols - 1)}`;
  }
}

function colLetter(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export class FakeSheet extends Loadable {
  cells = new Map<string, V>();
  formats = new Map<string, string>();
  merges: string[] = [];
  visibility = "Visible";
  frozenRows = 0;
  selected = "";
  active = false;
  protected_ = false;
  charts_: string[] = [];
  page: { orientation?: string; paperSize?: string; zoom?: unknown; titles?: string; printArea?: string } = {};
  /** Every range the host asked for, in order (their formats are what it set). */
  ranges: FakeRange[] = [];
  isNullObject = false;
  deleted = false;
  /** Cells computed on demand (rows × cols from A1), for very large sheets. */
  generated: { rows: number; cols: number; cell: (r: number, c: number) => V } | null = null;
  constructor(book: FakeBook, public name: string) {
    super(book);
  }
  cell(r: number, c: number): V {
    const v = this.cells.get(key(r, c));
    if (v !== undefined || !this.generated) return v ?? "";
    return r < this.generated.rows && c < this.generated.cols ? this.generated.cell(r, c) : "";
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1) throw new Error("empty range");
    const range = new FakeRange(this.book, this, r, c, rows, cols);
    this.ranges.push(range);
    return range;
  }
  getRange(address: string): FakeRange {
    let m = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (m) return this.getRangeByIndexes(0, columnIndex(m[1]), 1048576, columnIndex(m[2]) - columnIndex(m[1]) + 1);
    m = /^(\d+):(\d+)$/.exec(address);
    if (m) return this.getRangeByIndexes(Number(m[1]) - 1, 0, Number(m[2]) - Number(m[1]) + 1, 16384);
    m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
    if (!m) throw new Error(`bad address ${address}`);
    const r1 = Number(m[2]) - 1;
    const c1 = columnIndex(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    return this.getRangeByIndexes(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }
  getUsedRangeOrNullObject(): FakeRange {
    if (this.generated) return new FakeRange(this.book, this, 0, 0, this.generated.rows, this.generated.cols);
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
    const range = maxR < 0 ? new FakeRange(this.book, this, 0, 0, 1, 1) : new FakeRange(this.book, this, minR, minC, maxR - minR + 1, maxC - minC + 1);
    range.isNullObject = maxR < 0;
    return range;
  }
  freezePanes = { freezeRows: (n: number) => (this.frozenRows = n) };
  get pageLayout(): Record<string, unknown> {
    const page = this.page;
    return {
      set orientation(v: string) { page.orientation = v; },
      set paperSize(v: string) { page.paperSize = v; },
      set zoom(v: unknown) { page.zoom = v; },
      setPrintTitleRows: (rows: string) => (page.titles = rows),
      setPrintArea: (area: string) => (page.printArea = area),
    };
  }
  charts = { add: (type: string) => { this.charts_.push(type); return { title: { text: "" } }; } };
  protection = { protect: () => (this.protected_ = true) };
  activate(): void {
    this.active = true;
  }
  delete(): void {
    if (this.isNullObject) return;
    this.deleted = true;
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
  }
}

export class FakeContext {
  readonly workbook: unknown;
  readonly application = { suspendApiCalculationUntilNextSync: () => undefined };
  constructor(readonly book: FakeBook) {
    const worksheets = {
      items: [] as FakeSheet[],
      load: () => {
        book.queueLoad(() => (worksheets.items = [...book.sheets]));
        return worksheets;
      },
      add: (name: string) => {
        if (book.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
        const s = new FakeSheet(book, name);
        book.sheets.push(s);
        return s;
      },
      getItem: (name: string) => {
        const s = book.sheet(name);
        if (!s) throw new Error(`ItemNotFound: ${name}`);
        return s;
      },
      getItemOrNullObject: (name: string) => {
        const s = book.sheet(name);
        if (s) return s;
        const none = new FakeSheet(book, name);
        none.isNullObject = true;
        return none;
      },
    };
    const customXmlParts = {
      getByNamespace: (ns: string) => {
        const parts = { items: [] as { delete: () => void }[], load: () => book.queueLoad(() => (parts.items = book.xmlParts.filter((p) => p.namespace === ns && !p.deleted).map((p) => ({ delete: () => (p.deleted = true) })))) };
        return parts;
      },
      add: (xml: string) => book.xmlParts.push({ namespace: /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "", xml, deleted: false }),
    };
    this.workbook = { worksheets, customXmlParts };
  }
  sync(): Promise<void> {
    return this.book.sync();
  }
}

/** Installs `Excel.run` over a fake book; returns the book. */
export function installFakeExcel(book = new FakeBook()): FakeBook {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: async <T>(cb: (ctx: FakeContext) => Promise<T>): Promise<T> => cb(new FakeContext(book)),
  };
  return book;
}

/** A sheet of `rows` × `cols` cells from A1 given by `cell`, held as the function only. */
export function generatedSheet(book: FakeBook, name: string, rows: number, cols: number, cell: (r: number, c: number) => V): FakeSheet {
  const s = new FakeSheet(book, name);
  s.generated = { rows, cols, cell };
  book.sheets.push(s);
  return s;
}

/** A sheet with the given rows written from A1. */
export function fakeSheet(book: FakeBook, name: string, rows: V[][]): FakeSheet {
  const s = new FakeSheet(book, name);
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && s.cells.set(key(r, c), v)));
  book.sheets.push(s);
  return s;
}
