/**
 * Writes the bundled sample workbooks from their generators (scripts/samples):
 *   assets/sample.xlsx        the clean 包头市应急管理局 2026 workbook (warnings only)
 *   assets/sample-messy.xlsx  a messy copy with planted problems (test/scripts/samples.test.ts checks each cell)
 *   assets/sample-baotou.xlsx        包头's internal and joint plan tables as printed, with rosters
 *   assets/sample-qinhuangdao.xlsx   秦皇岛's 附件1 and 附件2 as printed (numbers filled in), with rosters and a matter list
 * Run: npm run sample
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SheetData } from "../src/core/grid/cell";
import { FileWorkbook } from "../src/host/file/workbook-file";
import { messySheets } from "./samples/messy-book";
import { sampleSheets } from "./samples/sample-book";
import { baotouPlanBook, qinhuangdaoPlanBook } from "./samples/plan-books";

async function write(file: string, sheets: SheetData[]): Promise<void> {
  const path = join(__dirname, "..", "assets", file);
  writeFileSync(path, await FileWorkbook.fromSheets(sheets).toBuffer());
  console.log(`wrote ${path}`);
}

void (async () => {
  await write("sample.xlsx", sampleSheets());
  await write("sample-messy.xlsx", messySheets());
  await write("sample-baotou.xlsx", baotouPlanBook());
  await write("sample-qinhuangdao.xlsx", qinhuangdaoPlanBook({ filled: true }));
})();
