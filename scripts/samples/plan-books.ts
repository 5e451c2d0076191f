/**
 * Workbooks a bureau keeps around its published plan tables: 秦皇岛-style (附件1 内部联合, 附件2
 * 跨部门联合) and 包头-style (部门内部 and 部门联合 tables), each with a realistic 检查对象名录库
 * (including 企业类型 for 危险化学品), 执法检查人员名录库, and — for 秦皇岛 — a matter list grouped
 * by 抽查类别. The plan tables are typed from the published documents (plan-tables.ts); with
 * `filled`, the cells the documents leave without a number to draw by carry one, as a clerk
 * would type it. Deterministic (seeded).
 */
import type { Cell, SheetData } from "../../src/core/grid/cell";
import { baotouPlanSheets, qinhuangdaoPlanSheets, typedInExcel } from "./plan-tables";
import { UsccGenerator } from "./uscc";
import { Prng } from "./util";

export interface PlanBookOptions {
  /** The plan tables as Excel turns typed text into numbers and dates (default true). */
  excel?: boolean;
  /** Fill in a number where the document defers to another plan (default false: as published). */
  filled?: boolean;
}

interface IndustryPlan {
  industry: string;
  count: number;
  /** 企业类型 of the industry's units, cycled. */
  types?: string[];
  names: string[];
}

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
const GIVEN = ["建国", "海涛", "丽华", "志强", "秀英", "伟", "敏", "静", "磊", "洋", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "桂英"];

function people(rng: Prng, n: number, taken: Set<string>): string[] {
  const out: string[] = [];
  while (out.length < n) {
    const name = rng.pick(SURNAMES) + rng.pick(GIVEN);
    if (!taken.has(name)) {
      taken.add(name);
      out.push(name);
    }
  }
  return out;
}

/** 检查对象名录库 with a 企业类型 column. */
function targetSheet(rng: Prng, city: string, areas: [string, string][], plans: IndustryPlan[]): SheetData {
  const codes = new UsccGenerator(rng.nextU32());
  const rows: Cell[][] = [[`${city}应急管理局检查对象名录库`], ["序号", "单位名称", "统一社会信用代码", "行业领域", "企业类型", "信用风险等级", "所属区域", "地址", "状态"]];
  let seq = 0;
  for (const plan of plans) {
    for (let i = 0; i < plan.count; i++) {
      const [areaCode, area] = rng.pick(areas);
      const grade = rng.weighted(["A", "B", "C", "D", ""], [30, 40, 18, 8, 4]);
      const status = rng.chance(0.03) ? rng.pick(["注销", "吊销", "停业"]) : "存续";
      const name = `${city}${rng.pick(["宏达", "鑫源", "恒泰", "金山", "华信", "兴隆", "瑞丰", "永安", "润通", "天成", "海昌", "明远"])}${plan.names[i % plan.names.length]}${i + 1 > plan.names.length ? `（${Math.ceil((i + 1) / plan.names.length)}）` : ""}`;
      seq += 1;
      rows.push([seq, name, codes.next(areaCode), plan.industry, plan.types?.[i % plan.types.length] ?? "", grade, area, `${area}${rng.pick(["建设路", "新华路", "工业园区", "开发区"])}${rng.int(1, 300)}号`, status]);
    }
  }
  return { name: "检查对象名录库", rows, merges: ["A1:I1"] };
}

/** 执法检查人员名录库: officers per department (执法领域 optional), then experts. */
function inspectorSheet(rng: Prng, prefix: string, departments: [string, number, string[]][], experts: [string[], number]): SheetData {
  const taken = new Set<string>();
  const rows: Cell[][] = [["序号", "姓名", "执法证号", "证件有效期至", "所属部门", "执法领域", "是否专家", "状态"]];
  let n = 0;
  for (const [dept, count, fields] of departments) {
    for (const name of people(rng, count, taken)) {
      n += 1;
      rows.push([n, name, `${prefix}${String(n).padStart(4, "0")}`, `${rng.int(2027, 2030)}-12-31`, dept, fields.join("、"), "否", "在岗"]);
    }
  }
  for (const name of people(rng, experts[1], taken)) {
    n += 1;
    rows.push([n, name, "", "", "专家库", experts[0].join("、"), "是", "在岗"]);
  }
  return { name: "执法检查人员名录库", rows };
}

const rulesSheet = (rules: [string, Cell][]): SheetData => ({ name: "抽查规则", rows: [["规则", "值"], ...rules] });

const QHD_AREAS: [string, string][] = [["130302", "海港区"], ["130303", "山海关区"], ["130304", "北戴河区"], ["130306", "抚宁区"], ["130322", "昌黎县"], ["130324", "卢龙县"], ["130321", "青龙满族自治县"]];

/** 秦皇岛市应急管理局 2026: 附件1 and 附件2 as published, with rosters and a matter list by 抽查类别. */
export function qinhuangdaoPlanBook(options: PlanBookOptions = {}): SheetData[] {
  const rng = new Prng(2026_0303);
  const targets = targetSheet(rng, "秦皇岛", QHD_AREAS, [
    { industry: "非煤矿山", count: 40, names: ["矿业有限公司", "石料厂", "采石场", "建材矿业公司"] },
    { industry: "危险化学品", count: 60, types: ["生产", "经营", "经营", "使用"], names: ["化工有限公司", "燃气有限公司", "化学品经营部", "石化销售公司"] },
    { industry: "工贸", count: 120, names: ["机械制造有限公司", "食品有限公司", "玻璃制品厂", "木业有限公司", "金属制品公司"] },
    { industry: "煤矿", count: 6, names: ["煤业有限公司"] },
    { industry: "安全评价机构", count: 8, names: ["安全评价有限公司"] },
    { industry: "检测检验机构", count: 6, names: ["检测技术有限公司"] },
    { industry: "培训机构", count: 10, names: ["安全培训学校"] },
  ]);
  const inspectors = inspectorSheet(rng, "1303", [
    ["执法一大队", 6, []],
    ["执法二大队", 6, []],
    ["执法三大队", 6, []],
    ["非煤矿山安全监督管理科", 3, ["非煤矿山"]],
    ["危险化学品安全监督管理科", 3, ["危险化学品"]],
    ["工贸行业安全监督管理科", 3, ["工贸"]],
    ["煤炭安全管理科", 3, ["煤矿"]],
    ["局办公室", 3, []],
    ["人事培训科", 3, []],
    ["防震减灾科", 2, []],
  ], [["危险化学品", "非煤矿山", "工贸"], 4]);
  const matters: SheetData = {
    name: "抽查事项清单",
    rows: [
      ["秦皇岛市应急管理局随机抽查事项清单"],
      ["序号", "事项编号", "抽查类别", "抽查事项", "检查对象", "检查方式"],
      ...[
        ["非煤矿山企业的安全检查", "非煤矿山企业安全生产许可证情况的检查", "非煤矿山企业"],
        ["非煤矿山企业的安全检查", "非煤矿山企业重大事故隐患排查整治情况的检查", "非煤矿山企业"],
        ["危险化学品及相关企业的安全检查", "危险化学品生产企业安全生产许可证情况的检查", "危险化学品生产企业"],
        ["危险化学品及相关企业的安全检查", "危险化学品经营许可证情况的检查", "危险化学品经营企业"],
        ["危险化学品及相关企业的安全检查", "危险化学品安全使用许可证情况的检查", "危险化学品使用企业"],
        ["工贸行业企业的安全检查", "工贸企业有限空间作业安全的检查", "工贸行业企业"],
        ["工贸行业企业的安全检查", "工贸企业粉尘防爆安全的检查", "工贸行业企业"],
        ["煤矿企业的安全检查", "煤矿企业安全生产条件的检查", "煤矿企业"],
        ["安全评价机构、检测检验机构的行政检查", "安全评价机构、检测检验机构执业情况的检查", "安全评价机构、检测检验机构"],
        ["安全生产培训机构的行政检查", "安全生产培训机构培训情况的检查", "安全生产培训机构"],
        ["防震减灾的行政检查", "对防震减灾科普学校(基地)开展宣传教育情况的随机抽查", "学校"],
      ].map(([category, name, target], i) => [i + 1, `QHD${String(i + 1).padStart(3, "0")}`, category, name, target, "现场检查"]),
    ],
    merges: ["A1:F1"],
  };
  let plan = qinhuangdaoPlanSheets();
  if (options.filled) {
    // 附件1 defers to the city's annual plan: the clerk types this year's numbers into 抽查比例.
    const counts = ["8户", "10户", "5%", "2户", "3户", "2户"];
    plan = plan.map((s) => (s.name !== "附件1" ? s : { ...s, rows: s.rows.map((r, i) => (i >= 3 && i < 3 + counts.length ? r.map((v, c) => (c === 5 ? counts[i - 3] : v)) : r)) }));
  }
  if (options.excel ?? true) plan = plan.map(typedInExcel);
  return [targets, inspectors, matters, ...plan, rulesSheet([["同一对象年度抽查上限", 2]])];
}

const BAOTOU_AREAS: [string, string][] = [["150202", "东河区"], ["150203", "昆都仑区"], ["150204", "青山区"], ["150205", "石拐区"], ["150206", "白云鄂博矿区"], ["150207", "九原区"], ["150221", "土默特右旗"], ["150222", "固阳县"]];

/** 包头市应急管理局 2026: the internal and joint tables as published, with rosters (no matter list). */
export function baotouPlanBook(options: PlanBookOptions = {}): SheetData[] {
  const rng = new Prng(2026_0101);
  const targets = targetSheet(rng, "包头", BAOTOU_AREAS, [
    { industry: "非煤矿山", count: 30, names: ["矿业有限公司", "石料厂", "铁矿"] },
    { industry: "煤矿", count: 10, names: ["煤业有限公司", "煤矿"] },
    { industry: "危险化学品", count: 60, types: ["生产", "经营", "经营", "使用"], names: ["化工有限公司", "燃气有限公司", "化学品经营部"] },
    { industry: "工贸", count: 120, names: ["机械制造有限公司", "冶金有限公司", "食品有限公司", "建材有限公司"] },
  ]);
  const inspectors = inspectorSheet(rng, "1502", [
    ["综合行政执法支队", 12, []],
    ["危险化学品安全监督管理科", 3, ["危险化学品"]],
    ["非煤矿山安全监督管理科", 3, ["非煤矿山", "煤矿"]],
    ["工贸行业安全监督管理科", 3, ["工贸"]],
    ["包头市自然资源局", 3, ["非煤矿山", "煤矿"]],
  ], [["危险化学品", "非煤矿山", "煤矿", "工贸"], 4]);
  let plan = baotouPlanSheets();
  if (options.excel ?? true) plan = plan.map(typedInExcel);
  return [targets, inspectors, ...plan, rulesSheet([["检查机关", "包头市应急管理局"], ["同一对象年度抽查上限", 2]])];
}
