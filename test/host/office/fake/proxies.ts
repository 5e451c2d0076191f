/**
 * The proxy objects the office host talks to: each setting or method call queues a statement on
 * the book (book.ts) and each `load` a read; nothing reaches the workbook before `sync`, and a
 * property read before it was loaded and synced throws PropertyNotLoaded. Worksheets are found by
 * name when the batch runs, as in Office.js (getItem of a missing sheet fails at sync).
 */
import { columnIndex } from "../../../../src/core/grid/address";
import { a1, type ChartRecord, type FakeBook, FakeSheet, key, type RangeRecord, type V } from "./book";
import { FakeOfficeError, notLoadedError } from "./errors";
import { convertsWhenTyped, MAX_CELL_CHARS, MAX_MERGED_AREAS, MAX_ROW_HEIGHT, sheetNameProblem, startsLikeFormula, STATEMENT_BYTES } from "./rules";

const bytesOf = (v: unknown): number => STATEMENT_BYTES + (v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v)));

/** Loaded properties: readable after load + sync, PropertyNotLoaded before. */
class Loaded {
  private props = new Map<string, unknown>();
  constructor(private readonly what: string) {}
  get<T>(prop: string): T {
    if (!this.props.has(prop)) throw notLoadedError(`${this.what}.${prop}`);
    return this.props.get(prop) as T;
  }
  set(prop: string, v: unknown): void {
    this.props.set(prop, v);
  }
}

const split = (props?: string): string[] => (props ?? "").split(",").map((p) => p.trim()).filter(Boolean);

/** "$A$1:C3" / "A:C" / "2:5" → indexes. */
function parseAddress(address: string): { r: number; c: number; rows: number; cols: number } {
  const a = address.replace(/\$/g, "");
  let m = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (m) return { r: 0, c: columnIndex(m[1]), rows: 1_048_576, cols: columnIndex(m[2]) - columnIndex(m[1]) + 1 };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { r: Number(m[1]) - 1, c: 0, rows: Number(m[2]) - Number(m[1]) + 1, cols: 16_384 };
  m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
  if (!m) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
  const r1 = Number(m[2]) - 1;
  const c1 = columnIndex(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  return { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function grid(value: unknown, rows: number, cols: number, what: string): V[][] {
  if (!Array.isArray(value) || value.length !== rows || value.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeOfficeError("InvalidArgument", `${what}: 2-D array of ${rows}×${cols} expected`);
  }
  return value as V[][];
}

/** What Excel keeps of a string typed into a cell of number format `format` (rules.ts), or a throw. */
function typed(text: string, format: string, where: string): string {
  const quoted = text.startsWith("'");
  const content = quoted ? text.slice(1) : text;
  if (content.length > MAX_CELL_CHARS) throw new FakeOfficeError("InvalidArgument", `${where}: ${content.length} characters, more than a cell holds (${MAX_CELL_CHARS})`);
  if (quoted || format === "@") return content;
  if (startsLikeFormula(text)) throw new FakeOfficeError("InvalidArgument", `${where}: “${text.slice(0, 40)}” would be taken as a formula`);
  if (convertsWhenTyped(text)) throw new FakeOfficeError("InvalidArgument", `${where}: “${text.slice(0, 40)}” would not stay text in a cell formatted ${format} (set "@" first or quote it)`);
  return text;
}

type SheetRef = () => FakeSheet;

export class RangeProxy {
  private readonly loaded = new Loaded("Range");
  private readonly formatLoaded = new Loaded("RangeFormat");
  private rec: RangeRecord | null = null;
  /** The number formats set through this proxy, applied (the cell formats a values write sees first). */
  private formatGrid: string[][] | null = null;
  isNullObjectValue = false;
  readonly format: ReturnType<RangeProxy["makeFormat"]>;
  readonly dataValidation: { rule: unknown; errorAlert: unknown };

  constructor(
    private readonly book: FakeBook,
    private readonly sheetRef: SheetRef,
    private readonly at: () => { r: number; c: number; rows: number; cols: number } | null,
  ) {
    this.format = this.makeFormat();
    const act = (api: string, v: unknown, apply: (rec: RangeRecord) => void) => this.book.act(api, bytesOf(v), () => apply(this.record()));
    this.dataValidation = {
      set rule(v: unknown) {
        act("DataValidation.rule", v, (rec) => (rec.dataValidation.rule = v));
      },
      get rule(): unknown {
        throw notLoadedError("DataValidation.rule");
      },
      set errorAlert(v: unknown) {
        act("DataValidation.errorAlert", v, (rec) => (rec.dataValidation.errorAlert = v as RangeRecord["dataValidation"]["errorAlert"]));
      },
      get errorAlert(): unknown {
        throw notLoadedError("DataValidation.errorAlert");
      },
    };
  }

  private where(): { r: number; c: number; rows: number; cols: number } {
    const w = this.at();
    if (!w) throw new FakeOfficeError("ItemNotFound", "the range is a null object");
    return w;
  }
  private record(): RangeRecord {
    if (this.rec) return this.rec;
    const sheet = this.sheetRef();
    const w = this.where();
    this.rec = { address: () => a1(w.r, w.c, w.rows, w.cols), format: { font: {}, fill: {}, borders: {} }, dataValidation: {} };
    sheet.ranges.push(this.rec);
    return this.rec;
  }
  /** The range's address when the batch runs (for a chart's source). */
  addressNow(): string {
    return this.record().address();
  }
  private op(what: string): void {
    const w = this.where();
    this.sheetRef().ops.push(`${what} ${a1(w.r, w.c, w.rows, w.cols)}`);
  }

  private makeFormat() {
    const setter = (api: string, apply: (v: unknown) => void) => (v: unknown) => this.book.act(api, bytesOf(v), () => apply(v));
    const record = (): RangeRecord => this.record();
    const op = (what: string): void => this.op(what);
    const where = () => this.where();
    const sheet = (): FakeSheet => this.sheetRef();
    const book = this.book;
    const formatLoaded = this.formatLoaded;
    const font: Record<string, unknown> = {};
    for (const prop of ["bold", "size", "name", "color"]) {
      Object.defineProperty(font, prop, {
        set: setter(`RangeFont.${prop}`, (v) => (record().format.font[prop] = v)),
        get: () => {
          throw notLoadedError(`RangeFont.${prop}`);
        },
      });
    }
    const fill = {
      set color(v: string) {
        setter("RangeFill.color", (x) => {
          op("fill");
          record().format.fill.color = x;
        })(v);
      },
    };
    return {
      font,
      fill,
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) {
            setter("RangeBorder.style", (x) => {
              op(`border-${edge}`);
              record().format.borders[edge] = String(x);
            })(v);
          },
        }),
      },
      set columnWidth(v: number) {
        setter("RangeFormat.columnWidth", (x) => {
          const w = where();
          for (let c = w.c; c < w.c + w.cols; c++) sheet().columnWidths.set(c, Number(x));
          record().format.columnWidth = Number(x);
        })(v);
      },
      get columnWidth(): number {
        return formatLoaded.get("columnWidth");
      },
      set rowHeight(v: number) {
        setter("RangeFormat.rowHeight", (x) => {
          // Row height: at most 409 points (rules.ts).
          if (Number(x) > MAX_ROW_HEIGHT) throw new FakeOfficeError("InvalidArgument", `row height ${String(x)} pt: at most ${MAX_ROW_HEIGHT}`);
          const w = where();
          if (!book.discardWrites) for (let r = w.r; r < w.r + w.rows; r++) sheet().rowHeights.set(r, Number(x));
          record().format.rowHeight = Number(x);
        })(v);
      },
      set wrapText(v: boolean) {
        setter("RangeFormat.wrapText", (x) => (record().format.wrapText = Boolean(x)))(v);
      },
      set horizontalAlignment(v: string) {
        setter("RangeFormat.horizontalAlignment", (x) => (record().format.horizontalAlignment = String(x)))(v);
      },
      set verticalAlignment(v: string) {
        setter("RangeFormat.verticalAlignment", (x) => (record().format.verticalAlignment = String(x)))(v);
      },
      load: (props?: string): void => this.loadFormat(split(props)),
    };
  }

  /** Loads RangeFormat properties (columnWidth: the columns' width in points, null when they differ). */
  private loadFormat(wanted: string[]): void {
    this.book.load("RangeFormat.load", STATEMENT_BYTES, () => {
      const w = this.where();
      const sheet = this.sheetRef();
      const widths = Array.from({ length: Math.min(w.cols, 64) }, (_, i) => sheet.columnWidths.get(w.c + i) ?? this.book.normalStyle.columnPoints);
      const width = widths.every((x) => x === widths[0]) ? widths[0] : null;
      return { bytes: 40, commit: () => wanted.includes("columnWidth") && this.formatLoaded.set("columnWidth", width) };
    });
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get values(): V[][] {
    return this.loaded.get("values");
  }
  set values(v: V[][]) {
    const w0 = this.at();
    const rows = w0?.rows ?? 0;
    const cols = w0?.cols ?? 0;
    const values = grid(v, rows, cols, "values");
    this.book.writtenBlocks.push([this.book.syncs + 1, rows, cols]);
    this.book.act("Range.values", bytesOf(values), () => {
      const sheet = this.sheetRef();
      const w = this.where();
      const keep = !this.book.discardWrites;
      values.forEach((row, i) =>
        row.forEach((x, j) => {
          const r = w.r + i;
          const c = w.c + j;
          const format = this.formatGrid?.[i]?.[j] ?? sheet.formats.get(key(r, c)) ?? "General";
          const stored = typeof x === "string" ? typed(x, format, `${sheet.name}!${a1(r, c)}`) : x;
          if (keep) sheet.cells.set(key(r, c), stored);
        }),
      );
    });
  }
  set numberFormat(v: string[][]) {
    const w0 = this.at();
    const formats = grid(v, w0?.rows ?? 0, w0?.cols ?? 0, "numberFormat") as string[][];
    this.book.act("Range.numberFormat", bytesOf(formats), () => {
      const sheet = this.sheetRef();
      const w = this.where();
      this.formatGrid = formats;
      if (!this.book.discardWrites) formats.forEach((row, i) => row.forEach((f, j) => sheet.formats.set(key(w.r + i, w.c + j), String(f))));
    });
  }

  merge(_across?: boolean): void {
    this.book.act("Range.merge", STATEMENT_BYTES, () => {
      const w = this.where();
      this.op("merge");
      this.sheetRef().merges.push(a1(w.r, w.c, w.rows, w.cols));
    });
  }
  select(): void {
    this.book.act("Range.select", STATEMENT_BYTES, () => {
      const w = this.where();
      this.sheetRef().selected = a1(w.r, w.c, w.rows, w.cols);
    });
  }

  /**
   * The merged areas in this range: those whose top-left cell is inside it; more than 512 and the
   * method fails (rules.ts, MAX_MERGED_AREAS).
   */
  getMergedAreasOrNullObject(): { isNullObject: boolean; areas: { items: { address: string }[] }; load: (props?: string) => void } {
    const loaded = new Loaded("RangeAreas");
    const areas = {
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      areas: {
        get items(): { address: string }[] {
          return loaded.get("items");
        },
      },
      load: (_props?: string) => {
        this.book.load("Range.getMergedAreasOrNullObject", STATEMENT_BYTES, () => {
          const sheet = this.sheetRef();
          const w = this.at();
          const inside = w
            ? sheet.merges.filter((m) => {
                const t = parseAddress(m);
                return t.r >= w.r && t.r < w.r + w.rows && t.c >= w.c && t.c < w.c + w.cols;
              })
            : [];
          if (inside.length > MAX_MERGED_AREAS) throw new FakeOfficeError("GeneralException", `${inside.length} merged areas, more than ${MAX_MERGED_AREAS}`, "Range.getMergedAreasOrNullObject");
          const items = inside.map((m) => ({ address: `'${sheet.name}'!${m}` }));
          return {
            bytes: Buffer.byteLength(JSON.stringify(items)),
            commit: () => {
              loaded.set("isNullObject", items.length === 0);
              loaded.set("items", items);
            },
          };
        });
      },
    };
    return areas;
  }

  load(props?: string): this {
    const wanted = split(props);
    const format = wanted.filter((p) => p.startsWith("format/")).map((p) => p.slice("format/".length));
    if (format.length > 0) this.loadFormat(format);
    this.book.load("Range.load", STATEMENT_BYTES, () => {
      const w = this.at();
      if (!w) return { bytes: 20, commit: () => this.loaded.set("isNullObject", true) };
      const sheet = this.sheetRef();
      let values: V[][] | null = null;
      let bytes = 40;
      if (wanted.includes("values")) {
        values = Array.from({ length: w.rows }, (_, r) => Array.from({ length: w.cols }, (_, c) => sheet.cell(w.r + r, w.c + c)));
        bytes += Buffer.byteLength(JSON.stringify(values));
      }
      const sync = this.book.syncs;
      return {
        bytes,
        commit: () => {
          this.loaded.set("isNullObject", false);
          this.loaded.set("rowIndex", w.r);
          this.loaded.set("columnIndex", w.c);
          this.loaded.set("rowCount", w.rows);
          this.loaded.set("columnCount", w.cols);
          this.loaded.set("address", `'${sheet.name}'!${a1(w.r, w.c, w.rows, w.cols)}`);
          if (values) {
            this.loaded.set("values", values);
            this.book.valueBlocks.push([sync, w.rows, w.cols]);
          }
        },
      };
    });
    return this;
  }
}

export class WorksheetProxy {
  private readonly loaded = new Loaded("Worksheet");
  private bound: FakeSheet | null = null;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly pageLayout: Record<string, unknown>;
  readonly charts: { add: (type: string, source: RangeProxy, seriesBy?: string) => { title: { text: string }; setPosition: (start: string, end?: string) => void } };
  readonly protection: { protect: (options?: unknown) => void };

  /** `find` looks the sheet up when the batch runs (null: a null object or not found). */
  constructor(
    private readonly book: FakeBook,
    private readonly find: () => FakeSheet | null,
    private readonly label: string,
  ) {
    const act = (api: string, v: unknown, run: (s: FakeSheet) => void) => book.act(api, bytesOf(v), () => run(this.sheet()));
    this.freezePanes = { freezeRows: (n) => act("WorksheetFreezePanes.freezeRows", n, (s) => (s.frozenRows = n)) };
    this.pageLayout = {
      set orientation(v: string) {
        act("PageLayout.orientation", v, (s) => (s.page.orientation = v));
      },
      set paperSize(v: string) {
        act("PageLayout.paperSize", v, (s) => (s.page.paperSize = v));
      },
      set zoom(v: unknown) {
        act("PageLayout.zoom", v, (s) => (s.page.zoom = v));
      },
      setPrintTitleRows: (rows: string) => act("PageLayout.setPrintTitleRows", rows, (s) => (s.page.titles = rows)),
      setPrintArea: (area: string) => act("PageLayout.setPrintArea", area, (s) => (s.page.printArea = area)),
    };
    this.charts = {
      add: (type, source) => {
        const chart: ChartRecord = { type, source: "", title: "", position: null };
        act("ChartCollection.add", type, (s) => {
          chart.source = source.addressNow();
          s.charts.push(chart);
        });
        return {
          title: {
            set text(v: string) {
              act("ChartTitle.text", v, () => (chart.title = v));
            },
            get text(): string {
              throw notLoadedError("ChartTitle.text");
            },
          },
          setPosition: (start: string, end?: string) => act("Chart.setPosition", [start, end], () => (chart.position = [start, end ?? null])),
        };
      },
    };
    this.protection = { protect: (options) => act("WorksheetProtection.protect", options ?? {}, (s) => (s.protected_ = true)) };
  }

  /** The sheet this proxy stands for, when a batch runs. */
  sheet(): FakeSheet {
    const s = this.bound ?? this.find();
    if (!s || s.deleted) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.label}`, "Worksheet");
    return s;
  }
  bind(s: FakeSheet): void {
    this.bound = s;
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(v: string) {
    this.book.act("Worksheet.name", bytesOf(v), () => {
      const s = this.sheet();
      if (this.book.structureProtected) throw new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", "Worksheet.name");
      const problem = sheetNameProblem(v, this.book.sheets.filter((o) => o !== s).map((o) => o.name));
      if (problem) throw new FakeOfficeError(problem.includes("exists") ? "ItemAlreadyExists" : "InvalidArgument", problem, "Worksheet.name");
      s.name = v;
    });
  }
  get visibility(): string {
    return this.loaded.get("visibility");
  }
  set visibility(v: string) {
    this.book.act("Worksheet.visibility", bytesOf(v), () => (this.sheet().visibility = v as FakeSheet["visibility"]));
  }
  get standardWidth(): number {
    return this.loaded.get("standardWidth");
  }

  load(props?: string): this {
    const wanted = split(props);
    this.book.load("Worksheet.load", STATEMENT_BYTES, () => {
      const s = this.bound ?? this.find();
      const found = s && !s.deleted ? s : null;
      return {
        bytes: 60,
        commit: () => {
          this.loaded.set("isNullObject", found === null);
          if (!found) return;
          if (wanted.includes("name")) this.loaded.set("name", found.name);
          if (wanted.includes("visibility")) this.loaded.set("visibility", found.visibility);
          if (wanted.includes("standardWidth")) this.loaded.set("standardWidth", this.book.normalStyle.standardWidth);
        },
      };
    });
    return this;
  }
  /** Loads on behalf of a collection: the properties known at sync. */
  fill(props: string[], s: FakeSheet): void {
    this.bound = s;
    this.loaded.set("isNullObject", false);
    if (props.includes("name")) this.loaded.set("name", s.name);
    if (props.includes("visibility")) this.loaded.set("visibility", s.visibility);
  }

  /**
   * Deletes the sheet. "if the worksheet's visibility is set to "VeryHidden", the delete operation
   * will fail with an InvalidOperation exception"
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
   */
  delete(): void {
    this.book.act("Worksheet.delete", STATEMENT_BYTES, () => {
      const s = this.sheet();
      if (this.book.structureProtected) throw new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", "Worksheet.delete");
      if (s.visibility === "VeryHidden") throw new FakeOfficeError("InvalidOperation", "The operation attempted is invalid on the object.", "Worksheet.delete");
      s.deleted = true;
      this.book.sheets = this.book.sheets.filter((o) => o !== s);
    });
  }
  activate(): void {
    this.book.act("Worksheet.activate", STATEMENT_BYTES, () => {
      for (const o of this.book.sheets) o.active = false;
      this.sheet().active = true;
    });
  }

  getRangeByIndexes(r: number, c: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1) throw new FakeOfficeError("InvalidArgument", "empty range");
    return new RangeProxy(this.book, () => this.sheet(), () => ({ r, c, rows, cols }));
  }
  getRange(address: string): RangeProxy {
    const at = parseAddress(address);
    return new RangeProxy(this.book, () => this.sheet(), () => at);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.book, () => this.sheet(), () => this.sheet().usedRange());
  }
}

interface CollectionItems<T> {
  readonly items: T[];
}

export class WorksheetCollectionProxy implements CollectionItems<WorksheetProxy> {
  private readonly loaded = new Loaded("WorksheetCollection");
  constructor(private readonly book: FakeBook) {}
  get items(): WorksheetProxy[] {
    return this.loaded.get("items");
  }
  load(props?: string): this {
    const wanted = split(props).map((p) => p.replace(/^items\//, ""));
    this.book.load("WorksheetCollection.load", STATEMENT_BYTES, () => {
      const sheets = [...this.book.sheets];
      return {
        bytes: Buffer.byteLength(JSON.stringify(sheets.map((s) => ({ name: s.name, visibility: s.visibility })))),
        commit: () =>
          this.loaded.set(
            "items",
            sheets.map((s) => {
              const p = new WorksheetProxy(this.book, () => s, s.name);
              p.fill(wanted, s);
              return p;
            }),
          ),
      };
    });
    return this;
  }
  /** Adds a sheet at sync: Excel's sheet-name rules (rules.ts); not while the structure is protected. */
  add(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.book, () => null, name);
    this.book.act("WorksheetCollection.add", bytesOf(name), () => {
      if (this.book.structureProtected) throw new FakeOfficeError("AccessDenied", "You cannot perform the requested operation.", "WorksheetCollection.add");
      const problem = sheetNameProblem(name, this.book.sheets.map((s) => s.name));
      if (problem) throw new FakeOfficeError(problem.includes("exists") ? "ItemAlreadyExists" : "InvalidArgument", problem, "WorksheetCollection.add");
      const s = new FakeSheet(name);
      this.book.sheets.push(s);
      proxy.bind(s);
    });
    return proxy;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.book, () => this.book.sheet(name) ?? null, name);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.book, () => this.book.sheet(name) ?? null, name);
  }
}

/** The workbook's custom XML parts (ExcelApi 1.5); their bytes count in the request like any value. */
export class CustomXmlPartsProxy {
  constructor(private readonly book: FakeBook) {}
  getByNamespace(ns: string): { readonly items: { delete: () => void }[]; load: (props?: string) => void } {
    const loaded = new Loaded("CustomXmlPartScopedCollection");
    const book = this.book;
    return {
      get items() {
        return loaded.get<{ delete: () => void }[]>("items");
      },
      load: () =>
        book.load("CustomXmlPartScopedCollection.load", STATEMENT_BYTES, () => {
          const parts = book.xmlParts.filter((p) => p.namespace === ns && !p.deleted);
          return {
            bytes: 40 * parts.length + 20,
            commit: () => loaded.set("items", parts.map((p) => ({ delete: () => book.act("CustomXmlPart.delete", STATEMENT_BYTES, () => (p.deleted = true)) }))),
          };
        }),
    };
  }
  add(xml: string): void {
    this.book.act("CustomXmlPartCollection.add", bytesOf(xml), () => this.book.xmlParts.push({ namespace: /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "", xml, deleted: false }));
  }
}

export class FakeContext {
  readonly workbook: { worksheets: WorksheetCollectionProxy; customXmlParts: CustomXmlPartsProxy; protection: { readonly protected: boolean; load: (props?: string) => void } };
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  constructor(
    readonly book: FakeBook,
    private readonly options: { delayForCellEdit?: boolean },
  ) {
    const loaded = new Loaded("WorkbookProtection");
    this.workbook = {
      worksheets: new WorksheetCollectionProxy(book),
      customXmlParts: new CustomXmlPartsProxy(book),
      protection: {
        get protected(): boolean {
          return loaded.get("protected");
        },
        load: () => book.load("WorkbookProtection.load", STATEMENT_BYTES, () => ({ bytes: 20, commit: () => loaded.set("protected", book.structureProtected) })),
      },
    };
    this.application = { suspendApiCalculationUntilNextSync: () => book.act("Application.suspendApiCalculationUntilNextSync", STATEMENT_BYTES, () => undefined) };
  }
  sync(): Promise<void> {
    return this.book.sync(this.options.delayForCellEdit === true);
  }
}

export type { V };
