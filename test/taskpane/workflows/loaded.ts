import type { SheetData } from "../../../src/core/grid/cell";
import { sheetInput } from "../../../src/taskpane/services";
import type { Loaded } from "../../../src/taskpane/workflows/useWorkbook";
import { drawBook } from "../../core/draw/book";
import { bookBytes, TODAY, type TestServices } from "../fixtures";

/** A workbook opened through the test services and checked, as step 1 leaves it. */
export async function loadedBook(services: TestServices, sheets: SheetData[] = drawBook()): Promise<Loaded> {
  const host = await services.openFile((await bookBytes(sheets)).slice().buffer, "名录.xlsx");
  const input = await sheetInput(host);
  const view = await services.engine.prepare(input, { assign: {}, today: TODAY });
  return { source: "名录.xlsx", host, sheets: input, assign: {}, today: TODAY, view };
}
