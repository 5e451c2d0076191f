import type { Strings } from "./strings";

export const zh: Strings = {
  htmlLang: "zh-CN",
  appTitle: "双随机抽查助手",
  appSubtitle: "“双随机、一公开”抽查：数据检查、随机抽取、结果复核",
  stepCheck: "第 1 步：数据检查",
  intro:
    "打开保存“一单两库”（检查对象名录库、执法检查人员名录库、抽查事项清单）和抽查任务的 Excel 工作簿（.xlsx），助手会识别各工作表并逐项检查。文件只在本机读取，不会上传。",
  openWorkbook: "打开工作簿",
  dropHint: "也可以把 .xlsx 文件拖放到此处。",
  dropActive: "松开鼠标即可打开该工作簿",
  sample: "示例",
  sampleDescription: "载入内置的示例工作簿",
  sampleName: "示例工作簿",
  statusIdle: "尚未打开工作簿。",
  statusReading: (source) => `正在读取“${source}”…`,
  statusDone: (source, errors, warnings) =>
    errors === 0 && warnings === 0
      ? `已读取“${source}”，未发现问题。`
      : `已读取“${source}”：${errors} 个错误，${warnings} 个警告。`,
  statusFailed: (source) => `无法读取“${source}”。`,
  checkErrors: {
    "sample-missing": () => "找不到示例工作簿（assets/sample.xlsx），该文件尚未生成或未随页面发布。",
    "sample-failed": (detail) => `示例工作簿下载失败${detail ? `（${detail}）` : ""}。`,
    "unsupported-format": (detail) =>
      `不支持该文件格式${detail ? `（${detail}）` : ""}。请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再打开。`,
    "read-failed": (detail) =>
      `文件无法作为 Excel 工作簿（.xlsx）读取${detail ? `：${detail}` : ""}。请确认文件未损坏、未加密。`,
  },
  mappingTitle: "工作表识别",
  mappingColumns: { kind: "类别", sheet: "工作表", headerRow: "表头行", rows: "数据行", records: "读取记录" },
  kinds: {
    targets: "检查对象名录库",
    inspectors: "执法检查人员名录库",
    matters: "抽查事项清单",
    tasks: "抽查任务",
    recusals: "回避名单",
    rules: "抽查规则",
  },
  optional: "（可选）",
  notFound: "未找到",
  notApplicable: "—",
  issuesTitle: (errors, warnings) => `问题清单（错误 ${errors} 个，警告 ${warnings} 个）`,
  onlyErrors: "只看错误",
  severity: { error: "错误", warning: "警告" },
  noIssues: "未发现问题。",
  noErrors: "没有错误。",
  showMore: (shown, total) => `已显示 ${shown} 条，共 ${total} 条。显示更多`,
  excelTitle: "Excel 内的直接读取尚在开发中",
  excelBody:
    "目前请使用文件页面：保存本工作簿后，在浏览器中打开文件页面并选择该 .xlsx 文件。也可以在此窗格中直接打开已保存的工作簿文件。",
  excelOpenHere: "在此窗格中打开工作簿文件",
};
