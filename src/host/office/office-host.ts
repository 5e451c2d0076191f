import { RECORD_DATA_SHEET, type SheetData, type SheetSpec, uniqueSheetName } from "../../core";
import { type Progress, type WorkbookHost, WorkbookWriteError } from "../workbook-host";
import { SyncBudget } from "./budget";
import { intact, leftoverText, officeCode, officeErrorText, STRUCTURE_PROTECTED, WHOLE_BATCH_REFUSALS, type WriteState } from "./messages";
import { readAllSheets } from "./read";
import { detectFeatures, type Features } from "./requirements";
import { POINTS_PER_UNIT, writeSpec } from "./write";

/**
 * The namespace of the custom XML part earlier versions wrote the record into. The record lives
 * in `_抽取记录数据` only (docs/architecture.md); a write removes the part where ExcelApi 1.5 allows.
 */
export const RECORD_XML_NAMESPACE = "urn:double-random:record:1";

/**
 * Every batch waits while the clerk is editing a cell instead of failing: "When true, the batch
 * request is delayed and runs when the user exits cell edit mode"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
 * Builds that ignore the option still fail with InvalidOperationInCellEditMode, which the write
 * handles like any refusal.
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(RUN_OPTIONS, batch);
}

/** Waits between attempts of a rollback step (ms): the clerk leaves cell-edit mode or returns to the workbook meanwhile. */
const RETRY_DELAYS = [250, 500, 1_000, 2_000, 4_000, 8_000];

export interface OfficeHostOptions {
  /** Waits between the attempts of each rollback step, in ms. */
  retryDelays?: readonly number[];
}

/** Thrown errors say what to do in Chinese (messages.ts); a write's also say what it left. */
async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof WorkbookWriteError) throw e;
    throw new Error(officeErrorText(e));
  }
}

/**
 * The WorkbookHost of the workbook open in Excel (Office.js). The only code that touches Excel.*.
 */
export class OfficeHost implements WorkbookHost {
  readonly kind = "excel" as const;
  readonly title = "当前工作簿";
  private readonly features: Features;
  private readonly retryDelays: readonly number[];

  constructor(features: Features = detectFeatures(), options: OfficeHostOptions = {}) {
    this.features = features;
    this.retryDelays = options.retryDelays ?? RETRY_DELAYS;
  }

  listSheets(): Promise<string[]> {
    return explained(() =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),
    );
  }

  readSheets(progress?: Progress): Promise<SheetData[]> {
    return explained(() => run((context) => readAllSheets(context, this.features, progress)));
  }

  writeSheets(specs: readonly SheetSpec[], progress?: Progress): Promise<string[]> {
    return explained(() => run((context) => new SheetsWrite(context, this.features, this.retryDelays).write(specs, progress)));
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return explained(() =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address.includes(":") || /^[A-Z]+\d+$/i.test(address) ? address : "A1").select();
        await context.sync();
      }),
    );
  }
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * One writeSheets call. The new sheets are added under free names; the new record data goes
 * under a temporary hidden name, and only when every sheet is written does it take
 * `_抽取记录数据`'s name, the old one renamed aside in the same batch and deleted after. If
 * anything fails, the rollback goes step by step — the record data's name first, then each
 * added sheet — each step retried while Excel refuses, and the error says what is left.
 */
class SheetsWrite {
  private readonly added: string[] = [];
  /** How many of `added` a sync Excel answered has created. */
  private confirmed = 0;
  private temp: string | null = null;
  private backup: string | null = null;
  private hadRecord = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly features: Features,
    private readonly retryDelays: readonly number[],
  ) {}

  async write(specs: readonly SheetSpec[], progress?: Progress): Promise<string[]> {
    const context = this.context;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    context.workbook.protection.load("protected");
    const parts = this.features.customXml ? context.workbook.customXmlParts.getByNamespace(RECORD_XML_NAMESPACE) : null;
    parts?.load("items");
    try {
      await context.sync();
    } catch (e) {
      throw new WorkbookWriteError(officeErrorText(e), true);
    }
    // Workbook protection (ExcelApi 1.7): a protected structure refuses new sheets; say so before writing anything.
    if (context.workbook.protection.protected) throw new WorkbookWriteError(STRUCTURE_PROTECTED, true);

    const taken = sheets.items.map((s) => s.name);
    const oldVisibility = sheets.items.find((s) => same(s.name, RECORD_DATA_SHEET))?.visibility ?? null;
    this.hadRecord = oldVisibility !== null;
    const names = specs.map((spec) => {
      const name = uniqueSheetName(spec.name === RECORD_DATA_SHEET ? `${RECORD_DATA_SHEET}_新` : spec.name, taken);
      if (spec.name === RECORD_DATA_SHEET) this.temp = name;
      taken.push(name);
      return name;
    });

    /** A sync of the write: once Excel answers, every sheet queued so far exists. */
    const sync = async (): Promise<void> => {
      const queued = this.added.length;
      await context.sync();
      this.confirmed = queued;
    };
    try {
      const budget = new SyncBudget(sync);
      let pointsPerUnit = POINTS_PER_UNIT;
      for (const [i, spec] of specs.entries()) {
        const ws = sheets.add(names[i]);
        this.added.push(names[i]);
        if (i === 0) pointsPerUnit = await this.widthUnitPoints(ws);
        context.application.suspendApiCalculationUntilNextSync();
        await writeSpec(ws, spec, this.features, budget, pointsPerUnit);
        progress?.((i + 1) / specs.length);
      }
      await budget.flush();
      await sync();
      if (this.temp) {
        if (this.hadRecord) {
          this.backup = uniqueSheetName(`${RECORD_DATA_SHEET}_旧`, taken);
          sheets.getItem(RECORD_DATA_SHEET).name = this.backup;
        }
        sheets.getItem(this.temp).name = RECORD_DATA_SHEET;
        await context.sync();
      }
    } catch (e) {
      throw await this.rollBack(e);
    }
    // Written. The old record data, renamed aside, goes (a VeryHidden sheet cannot be deleted
    // until it is hidden or visible — Worksheet.delete), and so does the custom XML part earlier
    // versions wrote the record into: the record is `_抽取记录数据` alone. If Excel keeps
    // refusing, the old sheet stays hidden aside and the part stays unread; the write stands.
    const backup = this.backup;
    if (backup) {
      await this.attempt(async () => {
        const old = sheets.getItem(backup);
        if (oldVisibility === "VeryHidden") old.visibility = "Hidden";
        old.delete();
        await context.sync();
      });
    }
    const stale = parts?.items ?? [];
    if (stale.length > 0) {
      await this.attempt(async () => {
        stale.forEach((p) => p.delete());
        await context.sync();
      });
    }
    return names.map((n) => (n === this.temp ? RECORD_DATA_SHEET : n));
  }

  /**
   * Points of one column-width unit in this workbook, measured on a new sheet: a standard column's
   * width in points (RangeFormat.columnWidth) over Worksheet.standardWidth ("one unit of column
   * width is equal to the width of one character in the Normal style") gives the Normal font's
   * digit width, the unit of the widths a spec gives (ECMA-376 Part 1, §18.3.1.13: width in
   * digit widths, with 5 pixels of padding in a standard column).
   */
  private async widthUnitPoints(ws: Excel.Worksheet): Promise<number> {
    const context = this.context;
    const queued = this.added.length;
    ws.load("standardWidth");
    const column = ws.getRange("A:A");
    column.load("format/columnWidth");
    await context.sync();
    this.confirmed = queued;
    const pixels = column.format.columnWidth / 0.75;
    const digit = Math.round((pixels - 5) / ws.standardWidth);
    return Number.isFinite(digit) && digit >= 5 && digit <= 16 ? digit * 0.75 : POINTS_PER_UNIT;
  }

  /** Runs one step; while Excel refuses it, waits and tries again. False when it never went through. */
  private async attempt(step: () => Promise<void>): Promise<boolean> {
    for (let i = 0; ; i++) {
      try {
        await step();
        return true;
      } catch {
        if (i >= this.retryDelays.length) return false;
        await new Promise((resolve) => setTimeout(resolve, this.retryDelays[i]));
      }
    }
  }

  /** The sheets as they are now (name → visibility), or null when Excel does not answer. */
  private async sheetsNow(): Promise<Map<string, string> | null> {
    let now: Map<string, string> | null = null;
    await this.attempt(async () => {
      const sheets = this.context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await this.context.sync();
      now = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.visibility]));
    });
    return now;
  }

  /** Takes back what the write did, step by step, and returns the error to throw. */
  private async rollBack(cause: unknown): Promise<WorkbookWriteError> {
    const sheets = this.context.workbook.worksheets;
    let now = await this.sheetsNow();
    if (now) {
      const visibility = now;
      const has = (name: string): boolean => visibility.has(name.toLowerCase());
      // The record data first: without it the next draw sees no earlier selections.
      if (this.backup && has(this.backup) && !has(RECORD_DATA_SHEET)) {
        const backup = this.backup;
        await this.attempt(async () => {
          sheets.getItem(backup).name = RECORD_DATA_SHEET;
          await this.context.sync();
        });
      }
      for (const name of [...this.added].reverse()) {
        if (!has(name)) continue;
        await this.attempt(async () => {
          const ws = sheets.getItem(name);
          if (visibility.get(name.toLowerCase()) === "VeryHidden") ws.visibility = "Hidden";
          ws.delete();
          await this.context.sync();
        });
      }
      now = await this.sheetsNow();
    }
    const present = now ? [...now.keys()] : null;
    // A batch refused whole created none of the sheets it would have added.
    const added = WHOLE_BATCH_REFUSALS.has(officeCode(cause) ?? "") ? this.added.slice(0, this.confirmed) : this.added;
    const state: WriteState = { present, added, confirmed: this.confirmed, temp: this.temp, backup: this.backup, hadRecord: this.hadRecord };
    const ok = intact(state);
    return new WorkbookWriteError(ok ? officeErrorText(cause) : `${officeErrorText(cause)}。${leftoverText(state)}`, ok);
  }
}
