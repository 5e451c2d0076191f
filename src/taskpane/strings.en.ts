import type { Strings } from "./strings";

export const en: Strings = {
  htmlLang: "en",
  appTitle: "Double-Random Draw",
  appSubtitle: "Random inspections: check the data, draw, verify",
  stepCheck: "Step 1: Check the data",
  intro:
    "Open the Excel workbook (.xlsx) that holds the registers (inspection targets, enforcement officers, inspection matters) and the task plan. Each sheet is recognised and checked. The file is read on this computer only and never uploaded.",
  openWorkbook: "Open workbook",
  dropHint: "You can also drop an .xlsx file here.",
  dropActive: "Release to open this workbook",
  sample: "Sample",
  sampleDescription: "Load the bundled sample workbook",
  sampleName: "sample workbook",
  statusIdle: "No workbook open yet.",
  statusReading: (source) => `Reading “${source}”…`,
  statusDone: (source, errors, warnings) =>
    errors === 0 && warnings === 0
      ? `Read “${source}”: no problems found.`
      : `Read “${source}”: ${errors} error(s), ${warnings} warning(s).`,
  statusFailed: (source) => `Could not read “${source}”.`,
  checkErrors: {
    "sample-missing": () => "The sample workbook (assets/sample.xlsx) was not found: it has not been generated or was not published with this page.",
    "sample-failed": (detail) => `The sample workbook could not be downloaded${detail ? ` (${detail})` : ""}.`,
    "unsupported-format": (detail) =>
      `This file format is not supported${detail ? ` (${detail})` : ""}. Save it as an Excel workbook (.xlsx) in Excel or WPS and open that.`,
    "read-failed": (detail) =>
      `The file could not be read as an Excel workbook (.xlsx)${detail ? `: ${detail}` : ""}. Check that it is not damaged or encrypted.`,
  },
  mappingTitle: "Recognised sheets",
  mappingColumns: { kind: "Kind", sheet: "Sheet", headerRow: "Header row", rows: "Data rows", records: "Records read" },
  kinds: {
    targets: "Inspection targets (检查对象名录库)",
    inspectors: "Enforcement officers (执法检查人员名录库)",
    matters: "Inspection matters (抽查事项清单)",
    tasks: "Inspection tasks (抽查任务)",
    recusals: "Recusals (回避名单)",
    rules: "Rules (抽查规则)",
  },
  optional: " (optional)",
  notFound: "Not found",
  notApplicable: "—",
  issuesTitle: (errors, warnings) => `Problems (${errors} error(s), ${warnings} warning(s))`,
  onlyErrors: "Errors only",
  severity: { error: "Error", warning: "Warning" },
  noIssues: "No problems found.",
  noErrors: "No errors.",
  showMore: (shown, total) => `Showing ${shown} of ${total}. Show more`,
  excelTitle: "Reading directly inside Excel is still being built",
  excelBody:
    "For now, use the file page: save this workbook, open the file page in a browser and choose the .xlsx file. You can also open a saved workbook file in this pane.",
  excelOpenHere: "Open a workbook file in this pane",
};
