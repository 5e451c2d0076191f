import type { SheetData } from "../../src/core/cell";
import type { Issue } from "../../src/core/issue";
import type { Rules, WorkbookReading } from "../../src/core/model";
import { DEFAULT_RULES } from "../../src/core/rules";
import { CheckError, type CheckServices } from "../../src/taskpane/services";

const RULES: Rules = { ...DEFAULT_RULES };

export const ISSUES: Issue[] = [
  {
    severity: "warning",
    code: "inspector.cert-expiry-blank",
    sheet: "执法人员",
    cell: "C5",
    message: "执法人员!C5：证件有效期为空，按有效处理。",
  },
  {
    severity: "error",
    code: "target.uscc-check",
    sheet: "企业名录",
    cell: "B12",
    message: "企业名录!B12：统一社会信用代码校验位不正确。",
  },
  {
    severity: "warning",
    code: "target.risk-blank",
    sheet: "企业名录",
    cell: "D7",
    message: "企业名录!D7：信用风险等级为空，按未分级处理。",
  },
  {
    severity: "error",
    code: "task.end-before-start",
    sheet: "2026年任务",
    cell: "M3",
    message: "2026年任务!M3：结束时间早于开始时间。",
  },
];

/** A reading as the core would return it: four kinds found, recusals and rules absent. */
export function fakeReading(issues: Issue[] = ISSUES): WorkbookReading {
  const blank = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
  return {
    sheets: {
      targets: { sheet: "企业名录", headerRow: 3, rows: 120 },
      inspectors: { sheet: "执法人员", headerRow: 2, rows: 18 },
      matters: { sheet: "事项清单", headerRow: 1, rows: 12 },
      tasks: { sheet: "2026年任务", headerRow: 2, rows: 5 },
      recusals: null,
      rules: null,
    },
    // Only the lengths matter to the check step.
    targets: blank(117, (i) => ({ row: i }) as unknown as WorkbookReading["targets"][number]),
    inspectors: blank(18, (i) => ({ row: i }) as unknown as WorkbookReading["inspectors"][number]),
    matters: blank(12, (i) => ({ row: i }) as unknown as WorkbookReading["matters"][number]),
    tasks: blank(4, (i) => ({ row: i }) as unknown as WorkbookReading["tasks"][number]),
    recusals: [],
    rules: RULES,
    issues,
  };
}

export interface FakeServices extends CheckServices {
  calls: { readSheets: number; readWorkbook: number; fetchSample: number; lastBytes: number[] };
}

/** Services that never touch ExcelJS, the core or the network. */
export function fakeServices(options: { reading?: WorkbookReading; sample?: "ok" | "missing" | "broken" } = {}): FakeServices {
  const calls = { readSheets: 0, readWorkbook: 0, fetchSample: 0, lastBytes: [] as number[] };
  const reading = options.reading ?? fakeReading();
  return {
    calls,
    async readSheets(data) {
      calls.readSheets += 1;
      calls.lastBytes = Array.from(new Uint8Array(data));
      if (calls.lastBytes.length === 0) throw new CheckError("read-failed", "empty file");
      const sheets: SheetData[] = [{ name: "企业名录", rows: [["单位名称"]] }];
      return sheets;
    },
    async readWorkbook(sheets, opts) {
      calls.readWorkbook += 1;
      expect(sheets).toHaveLength(1);
      expect(opts.today).toBe("2026-03-01");
      return reading;
    },
    async fetchSample() {
      calls.fetchSample += 1;
      if (options.sample === "missing") throw new CheckError("sample-missing");
      if (options.sample === "broken") throw new CheckError("sample-failed", "HTTP 500");
      return new Uint8Array([80, 75, 3, 4]).buffer;
    },
    today: () => "2026-03-01",
  };
}

export function xlsxFile(name = "名录库.xlsx", bytes: number[] = [80, 75, 3, 4]): File {
  return new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}
