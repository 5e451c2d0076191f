import { RECORD_DATA_SHEET, type SheetData, type SheetSpec, uniqueSheetName } from "../../core";
import type { Progress, WorkbookHost } from "../workbook-host";
import { SyncBudget } from "./budget";
import { readAllSheets } from "./read";
import { detectFeatures, type Features } from "./requirements";
import { writeSpec } from "./write";

/** The namespace of the custom XML part that carries the record inside the .xlsx (ExcelApi 1.5). */
export const RECORD_XML_NAMESPACE = "urn:double-random:record:1";

function recordXml(spec: SheetSpec): string {
  const json = spec.body.map((r) => String(r[0] ?? "")).join("");
  const escaped = json.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<record xmlns="${RECORD_XML_NAMESPACE}">${escaped}</record>`;
}

/**
 * The WorkbookHost of the workbook open in Excel (Office.js). The only code that touches Excel.*.
 */
export class OfficeHost implements WorkbookHost {
  readonly kind = "excel" as const;
  readonly title = "当前工作簿";
  private readonly features: Features;

  constructor(features: Features = detectFeatures()) {
    this.features = features;
  }

  listSheets(): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  readSheets(progress?: Progress): Promise<SheetData[]> {
    return Excel.run((context) => readAllSheets(context, this.features, progress));
  }

  async writeSheets(specs: readonly SheetSpec[], progress?: Progress): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const taken = sheets.items.map((s) => s.name);
      const replacesData = specs.some((s) => s.name === RECORD_DATA_SHEET);
      const oldData = replacesData ? sheets.getItemOrNullObject(RECORD_DATA_SHEET) : null;
      const backupName = uniqueSheetName(`${RECORD_DATA_SHEET}_旧`, taken);
      if (oldData) {
        oldData.load("isNullObject");
        await context.sync();
        if (!oldData.isNullObject) {
          oldData.name = backupName;
          taken.push(backupName);
        }
      }
      const hadOld = oldData !== null && !oldData.isNullObject;
      const added: string[] = [];
      const budget = new SyncBudget(() => context.sync());
      try {
        context.application.suspendApiCalculationUntilNextSync();
        for (const [i, spec] of specs.entries()) {
          const name = spec.name === RECORD_DATA_SHEET ? RECORD_DATA_SHEET : uniqueSheetName(spec.name, taken);
          taken.push(name);
          const ws = sheets.add(name);
          added.push(name);
          await writeSpec(ws, spec, this.features, budget);
          progress?.((i + 1) / specs.length);
        }
        const data = specs.find((s) => s.name === RECORD_DATA_SHEET);
        if (data && this.features.customXml) {
          const parts = context.workbook.customXmlParts.getByNamespace(RECORD_XML_NAMESPACE);
          parts.load("items/id");
          await budget.flush();
          parts.items.forEach((p) => p.delete());
          context.workbook.customXmlParts.add(recordXml(data));
        }
        await budget.flush();
        await context.sync();
        // Only once everything new is in place does the old record data go.
        if (hadOld) {
          sheets.getItem(backupName).delete();
          await context.sync();
        }
        return added;
      } catch (e) {
        await rollback(context, added, hadOld ? backupName : null);
        throw e;
      }
    });
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address.includes(":") || /^[A-Z]+\d+$/i.test(address) ? address : "A1").select();
      await context.sync();
    });
  }
}

/** Removes the sheets this write added and gives the old record data its name back. */
async function rollback(context: Excel.RequestContext, added: readonly string[], backup: string | null): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  for (const name of added) if (present.has(name)) sheets.getItem(name).delete();
  if (backup && present.has(backup)) sheets.getItem(backup).name = RECORD_DATA_SHEET;
  await context.sync();
}
