/**
 * The bundled sample workbook: 包头市应急管理局 2026, clean, as plain 2-D arrays.
 *
 * Pure and deterministic (seeded PRNG in ./util, no I/O, no clock). All names, codes and phone
 * numbers are synthetic; laws and matter texts follow the seed plans (Baotou 2026, Qinhuangdao
 * 2026/2023, Linzi 2023, Dongsheng 2025).
 *
 * Layout (row numbers 1-based, as in Excel):
 *   检查对象名录库     row 1 title (merged A1:M1), row 2 header, data from row 3, columns A–M
 *   执法检查人员名录库 row 1 header, data from row 2, columns A–H
 *   抽查事项清单       row 1 header, data from row 2, columns A–K
 *   抽查任务           row 1 header, data from row 2, columns A–U
 *   回避名单           row 1 header, data from row 2, columns A–C
 *   抽查规则           row 1 header (规则 | 值), data from row 2
 * Numbers: 序号 and 本年已检查次数 (targets), 序号 (inspectors, matters), 每行业最少/每组人数 and the
 * count-type 抽查比例或数量 (9, 10) in tasks, the integer rules. Everything else is text, blanks are "".
 */
import type { Cell, SheetData } from "../../src/core/grid/cell";
import { UsccGenerator, areaCodeOf } from "./uscc";
import { Prng, a1, cnDate, colLetter } from "./util";

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

export type Grade = "A" | "B" | "C" | "D" | "";

export interface TargetRec {
  seq: number;
  name: string;
  uscc: string;
  industry: string;
  risk: Grade;
  area: string;
  address: string;
  key: "是" | "否";
  status: string;
  legalRep: string;
  contact: string;
  phone: string;
  checks: number;
}

export interface OfficerRec {
  seq: number;
  name: string;
  /** "" for experts. */
  cert: string;
  /** ISO `YYYY-MM-DD`, or "" (experts; one partner officer). */
  expiry: string;
  dept: string;
  fields: string[];
  expert: boolean;
  status: string;
}

export interface MatterRec {
  code: string;
  rightsItem: string;
  name: string;
  content: string;
  target: string;
  category: "重点检查事项" | "一般检查事项";
  method: string;
  ratioFrequency: string;
  level: string;
  basis: string;
}

export interface TaskRec {
  planCode: string;
  planName: string;
  code: string;
  name: string;
  type: string;
  jointType: "部门内部" | "内部联合" | "跨部门联合";
  initiator: string;
  partners: string[];
  industries: string[];
  quantity: string | number;
  gradeRatios: string;
  minPerIndustry: number | "";
  matters: string[];
  method: string;
  level: string;
  /** ISO dates; `dateStyle` says how the sheet shows them. */
  start: string;
  end: string;
  dateStyle: "iso" | "cn";
  teamSize: number;
  needExpert: boolean;
  focus: string;
  note: string;
}

export interface RecusalRec {
  cert: string;
  uscc: string;
  reason: string;
}

export interface SampleData {
  targets: TargetRec[];
  officers: OfficerRec[];
  matters: MatterRec[];
  tasks: TaskRec[];
  recusals: RecusalRec[];
  rules: [string, string | number][];
}

// ---------------------------------------------------------------------------------------------
// Sheet names and headers
// ---------------------------------------------------------------------------------------------

export const SHEET = {
  targets: "检查对象名录库",
  inspectors: "执法检查人员名录库",
  matters: "抽查事项清单",
  tasks: "抽查任务",
  recusals: "回避名单",
  rules: "抽查规则",
} as const;

export const TARGET_TITLE = "包头市应急管理局检查对象名录库（2026年）";
export const TARGET_HEADERS = [
  "序号", "单位名称", "统一社会信用代码", "行业领域", "信用风险等级", "所属区域", "地址",
  "是否重点", "状态", "法定代表人", "联系人", "联系电话", "本年已检查次数",
];
export const INSPECTOR_HEADERS = [
  "序号", "姓名", "执法证号", "证件有效期至", "所属部门", "执法领域", "是否专家", "状态",
];
export const MATTER_HEADERS = [
  "序号", "事项编号", "权责清单事项", "抽查事项", "抽查内容", "检查对象", "事项类别", "检查方式",
  "抽查比例及频次", "实施层级", "检查依据",
];
export const TASK_HEADERS = [
  "抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称", "抽查类型", "联合类型", "发起部门",
  "联合部门", "对象范围", "抽查比例或数量", "分级比例", "每行业最少", "抽查事项", "检查方式",
  "实施层级", "开始时间", "结束时间", "每组人数", "需要专家", "检查重点", "备注",
];
export const RECUSAL_HEADERS = ["执法证号", "统一社会信用代码", "回避原因"];
export const RULE_HEADERS = ["规则", "值"];

/** Target statuses that make a row inactive (a warning, never drawn). */
export const INACTIVE_STATUSES = ["注销", "吊销", "撤销", "迁出", "关闭"];

export const INDUSTRIES = ["非煤矿山", "危险化学品", "工贸", "煤矿"] as const;

export const DEPARTMENTS = {
  team1: "执法一大队",
  team2: "执法二大队",
  team3: "执法三大队",
  hazchem: "危险化学品安全监督管理科",
  mines: "非煤矿山安全监督管理科",
  trade: "工贸行业安全监督管理科",
  coal: "煤炭安全管理科",
  natres: "包头市自然资源局",
  samr: "包头市市场监督管理局",
  experts: "专家库",
} as const;

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

const BRANDS = [
  "鑫源", "宏达", "恒泰", "金鹏", "华瑞", "瑞丰", "永盛", "天元", "鹿城", "钢城", "阴山", "黄河",
  "金石", "泰和", "兴业", "盛达", "鼎盛", "佳和", "华鼎", "中诚", "远通", "广源", "顺达", "宏基",
  "富源", "隆昌", "聚鑫", "德润", "弘毅", "嘉禾", "金瑞", "晟通", "万通", "博远", "新合", "利民",
  "安泰", "丰泽", "正元", "腾飞", "明珠", "恒信", "蒙鑫", "赛罕", "北辰", "昊天", "金桥", "宏远",
  "盛世", "东升", "汇丰", "荣盛", "中盛", "华晟", "龙鑫", "凯达", "瑞祥", "天宇", "金泰", "润泽",
  "信达", "通达", "银海", "华兴", "同创", "众合", "九鼎", "嘉泰", "联众", "宏泰", "天润", "祥和",
  "福兴", "金达", "亿通", "恒源", "华泰", "海鑫", "瑞通", "盛源", "兴达", "金元", "宏盛", "大成",
  "敖包", "草原", "塞北", "西达", "圣泉", "中科", "北方", "银河", "长青", "宏图", "庆丰", "吉泰",
];

interface NameStyle {
  /** Words that follow the 字号. */
  trades: string[];
  forms: string[];
}

const NAME_STYLES: Record<string, NameStyle> = {
  非煤矿山: {
    trades: ["矿业", "铁矿", "萤石矿业", "石灰石矿业", "砂石料", "建材矿业", "白云岩矿业", "石英矿业", "选矿", "金矿"],
    forms: ["有限责任公司", "有限公司"],
  },
  危险化学品: {
    trades: ["化工", "精细化工", "气体", "能源化工", "燃气", "石油化工", "化学试剂", "石油销售", "液化气", "化工新材料", "工业气体", "油品"],
    forms: ["有限公司", "有限责任公司"],
  },
  工贸: {
    trades: [
      "铝业", "特钢", "冶金", "机械制造", "铸造", "稀土新材料", "建材", "水泥", "耐火材料", "食品", "乳业",
      "粮油", "木业", "纺织", "塑料制品", "金属制品", "重型机械", "装备制造", "玻璃制品", "印刷", "碳素",
      "硅业", "饲料", "仓储物流", "钢结构", "铁合金", "彩印包装", "酿造",
    ],
    forms: ["有限公司", "有限责任公司", "股份有限公司"],
  },
  煤矿: {
    trades: ["煤业", "煤炭", "能源", "矿业"],
    forms: ["有限责任公司", "有限公司"],
  },
};

/** Where each industry's targets sit (area → weight); Baotou geography, roughly. */
const AREA_WEIGHTS: Record<string, [string, number][]> = {
  非煤矿山: [["固阳县", 12], ["达尔罕茂明安联合旗", 14], ["白云鄂博矿区", 5], ["石拐区", 4], ["九原区", 3], ["土默特右旗", 5], ["昆都仑区", 2]],
  危险化学品: [["九原区", 25], ["昆都仑区", 15], ["青山区", 12], ["东河区", 12], ["土默特右旗", 12], ["石拐区", 5], ["固阳县", 4], ["达尔罕茂明安联合旗", 5]],
  工贸: [["昆都仑区", 35], ["青山区", 35], ["东河区", 30], ["九原区", 30], ["土默特右旗", 12], ["石拐区", 8], ["固阳县", 6], ["达尔罕茂明安联合旗", 4], ["白云鄂博矿区", 2]],
  煤矿: [["石拐区", 14], ["土默特右旗", 6], ["固阳县", 3]],
};

/** Name prefixes that fit an area. */
const AREA_PREFIX: Record<string, string[]> = {
  东河区: ["包头市", "包头", "内蒙古"],
  昆都仑区: ["包头市", "包头", "内蒙古"],
  青山区: ["包头市", "包头", "内蒙古"],
  石拐区: ["包头市", "包头市石拐区", "内蒙古"],
  白云鄂博矿区: ["包头市", "白云鄂博", "内蒙古"],
  九原区: ["包头市", "包头", "内蒙古"],
  土默特右旗: ["包头市", "土右旗", "内蒙古"],
  固阳县: ["包头市", "固阳县", "内蒙古"],
  达尔罕茂明安联合旗: ["包头市", "达茂旗", "内蒙古"],
};

const ROADS: Record<string, string[]> = {
  东河区: ["巴彦塔拉大街", "南门外大街", "西河槽路", "和平路", "东兴路", "铝业大道"],
  昆都仑区: ["钢铁大街", "阿尔丁大街", "林荫路", "团结大街", "友谊大街", "白云路", "昆河路"],
  青山区: ["幸福南路", "青年路", "民主路", "自由路", "文化路", "富强路", "装备大道"],
  石拐区: ["大发街", "矿区路", "工业园区纬一路"],
  白云鄂博矿区: ["矿山路", "通阳道", "工业园区西环路"],
  九原区: ["建华南路", "包头大街", "滨河路", "九原工业园区纬三路"],
  土默特右旗: ["新型工业园区经五路", "萨拉齐镇文化路", "萨拉齐镇北环路"],
  固阳县: ["金山工业园区纬二路", "金山镇迎宾路"],
  达尔罕茂明安联合旗: ["巴润工业园区经一路", "百灵庙镇阿尔丁街"],
};

const TOWNS: Record<string, string[]> = {
  东河区: ["沙尔沁镇", "河东镇"],
  昆都仑区: ["卜尔汉图镇"],
  青山区: ["兴胜镇"],
  石拐区: ["五当召镇", "吉忽伦图苏木", "大发街道"],
  白云鄂博矿区: ["通阳道街道", "矿山路街道"],
  九原区: ["麻池镇", "哈林格尔镇", "哈业胡同镇"],
  土默特右旗: ["萨拉齐镇", "将军尧镇", "美岱召镇", "沟门镇"],
  固阳县: ["金山镇", "下湿壕镇", "兴顺西镇", "银号镇", "怀朔镇"],
  达尔罕茂明安联合旗: ["百灵庙镇", "满都拉镇", "石宝镇", "明安镇", "乌克忽洞镇", "巴音花镇"],
};

const VILLAGES = ["红旗村", "新建村", "前进村", "东风村", "团结村", "新胜村", "永丰村", "兴旺村", "光明村", "幸福村", "和平村", "胜利村"];

const SURNAMES = [
  "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
  "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "田", "董", "袁", "潘",
  "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟",
  "谭", "陆", "汪", "范", "金", "石", "贾", "夏", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
  "薛", "闫", "段", "雷", "侯", "龙", "史", "贺", "顾", "毛", "郝", "邵", "武", "康", "乔", "云", "奇",
];
const GIVEN = [
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
  "华", "鹏", "建华", "建国", "志强", "海燕", "俊", "飞", "红", "玉兰", "晓东", "文博", "宏伟", "晓燕", "立新",
  "国庆", "卫东", "永强", "丽娟", "海涛", "建军", "春梅", "晓磊", "子豪", "雅琴", "振华", "凤英", "志刚", "桂兰",
  "浩然", "瑞", "文静", "海军", "利平", "永刚", "瑞峰", "慧敏", "宇", "佳琪", "志远", "俊峰", "晓光",
];
/** Mongolian given names used alone, as is common in Inner Mongolia. */
const MONGOLIAN = ["巴特尔", "乌云", "其木格", "额尔敦", "苏日娜", "那仁", "朝鲁", "斯琴", "图雅", "阿拉坦", "萨仁", "布和"];

function personName(rng: Prng): string {
  if (rng.chance(0.07)) return rng.pick(MONGOLIAN);
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

function phoneNumber(rng: Prng): string {
  if (rng.chance(0.3)) {
    const head = rng.pick(["139", "138", "135", "150", "151", "152", "158", "180", "183", "186", "189", "133", "153"]);
    let s = head;
    while (s.length < 11) s += String(rng.int(0, 9));
    return s;
  }
  let s = `0472-${rng.pick(["2", "3", "4", "5", "6", "7", "8"])}`;
  while (s.length < 12) s += String(rng.int(0, 9));
  return s;
}

function address(rng: Prng, area: string, industry: string): string {
  const mine = industry === "非煤矿山" || industry === "煤矿";
  if (mine || rng.chance(0.15)) {
    const town = rng.pick(TOWNS[area]);
    const place = town.endsWith("街道") ? `${rng.pick(ROADS[area])}${rng.int(1, 199)}号` : rng.pick(VILLAGES);
    return `内蒙古自治区包头市${area}${town}${place}`;
  }
  return `内蒙古自治区包头市${area}${rng.pick(ROADS[area])}${rng.int(1, 299)}号`;
}

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------

const INDUSTRY_COUNTS: [string, number][] = [["非煤矿山", 45], ["危险化学品", 90], ["工贸", 160], ["煤矿", 25]];

/** Per industry: how many rows get each special state (picked by the PRNG). */
const SPECIALS: Record<string, { ungraded: number; stopped: number; cancelled: number; revoked: number }> = {
  非煤矿山: { ungraded: 2, stopped: 2, cancelled: 0, revoked: 1 },
  危险化学品: { ungraded: 3, stopped: 1, cancelled: 1, revoked: 0 },
  工贸: { ungraded: 4, stopped: 2, cancelled: 1, revoked: 0 },
  煤矿: { ungraded: 1, stopped: 1, cancelled: 0, revoked: 0 },
};

function buildTargets(): TargetRec[] {
  const rng = new Prng(20260101);
  const codes = new UsccGenerator(150200);
  const names = new Set<string>();
  const out: TargetRec[] = [];
  for (const [industry, n] of INDUSTRY_COUNTS) {
    const block: TargetRec[] = [];
    const areas = AREA_WEIGHTS[industry].map(([a]) => a);
    const weights = AREA_WEIGHTS[industry].map(([, w]) => w);
    const style = NAME_STYLES[industry];
    while (block.length < n) {
      const area = rng.weighted(areas, weights);
      const prefix = rng.pick(AREA_PREFIX[area]);
      const name = prefix + rng.pick(BRANDS) + rng.pick(style.trades) + rng.pick(style.forms);
      if (names.has(name)) continue;
      names.add(name);
      const risk = rng.weighted<Grade>(["A", "B", "C", "D"], [18, 40, 30, 12]);
      block.push({
        seq: 0,
        name,
        uscc: codes.next(areaCodeOf(area)),
        industry,
        risk,
        area,
        address: address(rng, area, industry),
        key: rng.chance(risk === "D" ? 0.35 : risk === "C" ? 0.12 : 0.05) ? "是" : "否",
        status: "正常",
        legalRep: personName(rng),
        contact: personName(rng),
        phone: phoneNumber(rng),
        checks: rng.chance(0.08) ? 1 : 0,
      });
    }
    // Special rows: distinct indexes within the block.
    const sp = SPECIALS[industry];
    const order = rng.shuffle(block.map((_, i) => i));
    let k = 0;
    for (let i = 0; i < sp.ungraded; i++) block[order[k++]].risk = "";
    for (let i = 0; i < sp.stopped; i++) block[order[k++]].status = "停产";
    for (let i = 0; i < sp.cancelled; i++) block[order[k++]].status = "注销";
    for (let i = 0; i < sp.revoked; i++) block[order[k++]].status = "吊销";
    out.push(...block);
  }
  out.forEach((t, i) => (t.seq = i + 1));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Inspectors
// ---------------------------------------------------------------------------------------------

interface OfficerPlan {
  dept: string;
  fields: string[][];
}

const OFFICER_PLAN: OfficerPlan[] = [
  { dept: DEPARTMENTS.team1, fields: [["非煤矿山", "煤矿"], ["非煤矿山", "煤矿"], ["非煤矿山", "危险化学品", "工贸"], ["非煤矿山", "危险化学品", "工贸"], ["危险化学品", "工贸"], ["工贸", "非煤矿山"]] },
  { dept: DEPARTMENTS.team2, fields: [["危险化学品"], ["危险化学品"], ["危险化学品"], ["危险化学品", "工贸"], ["危险化学品", "工贸"], ["危险化学品", "非煤矿山"]] },
  { dept: DEPARTMENTS.team3, fields: [["工贸"], ["工贸"], ["工贸"], ["工贸", "危险化学品"], ["工贸", "危险化学品"], ["工贸", "非煤矿山"]] },
  { dept: DEPARTMENTS.hazchem, fields: [["危险化学品"], ["危险化学品"], ["危险化学品"], ["危险化学品"]] },
  { dept: DEPARTMENTS.mines, fields: [["非煤矿山"], ["非煤矿山"], ["非煤矿山"], ["非煤矿山"]] },
  { dept: DEPARTMENTS.trade, fields: [["工贸"], ["工贸"], ["工贸"], ["工贸"]] },
  { dept: DEPARTMENTS.coal, fields: [["煤矿"], ["煤矿"], ["煤矿"], ["煤矿"]] },
  { dept: DEPARTMENTS.natres, fields: [["非煤矿山", "煤矿"], ["非煤矿山", "煤矿"], ["非煤矿山", "煤矿"]] },
  { dept: DEPARTMENTS.samr, fields: [["危险化学品"], ["危险化学品"], ["危险化学品"], ["危险化学品"]] },
];

const EXPERT_FIELDS = [["危险化学品"], ["危险化学品"], ["非煤矿山", "煤矿"], ["非煤矿山", "煤矿"], ["工贸"], ["工贸"]];

/** Planted certificate states: department, index within it, expiry. */
const EXPIRY_EXCEPTIONS: [string, number, string][] = [
  [DEPARTMENTS.team2, 4, "2026-06-30"],
  [DEPARTMENTS.trade, 2, "2026-08-31"],
  [DEPARTMENTS.samr, 3, ""],
];
const ON_LEAVE: [string, number] = [DEPARTMENTS.team3, 2];

function buildOfficers(): OfficerRec[] {
  const rng = new Prng(20260202);
  const names = new Set<string>();
  const out: OfficerRec[] = [];
  let serial = 0;
  const uniqueName = (): string => {
    for (;;) {
      const n = personName(rng);
      if (!names.has(n)) {
        names.add(n);
        return n;
      }
    }
  };
  for (const plan of OFFICER_PLAN) {
    plan.fields.forEach((fields, i) => {
      serial += 1;
      const year = rng.int(17, 24);
      const cert = `150200${year}${String(serial).padStart(3, "0")}`;
      let expiry = `${rng.int(2027, 2030)}-${rng.pick(["03-31", "06-30", "09-30", "12-31"])}`;
      for (const [dept, idx, value] of EXPIRY_EXCEPTIONS) if (dept === plan.dept && idx === i) expiry = value;
      const status = ON_LEAVE[0] === plan.dept && ON_LEAVE[1] === i ? "休假" : "在岗";
      out.push({ seq: 0, name: uniqueName(), cert, expiry, dept: plan.dept, fields, expert: false, status });
    });
  }
  for (const fields of EXPERT_FIELDS) {
    out.push({ seq: 0, name: uniqueName(), cert: "", expiry: "", dept: DEPARTMENTS.experts, fields, expert: true, status: "在岗" });
  }
  out.forEach((o, i) => (o.seq = i + 1));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matters (Linzi-style list; texts from the seed plans)
// ---------------------------------------------------------------------------------------------

const AQSCF = "《安全生产法》（2021年第三次修正）";

export const MATTERS: MatterRec[] = [
  {
    code: "M001",
    rightsItem: "对非煤矿山企业的监督检查",
    name: "对金属、非金属地下矿山安全生产情况的行政检查",
    content: [
      "1.矿山企业相关证照情况（采矿许可证、工商营业执照、安全生产许可证）。",
      "2.建设项目安全“三同时”情况（勘察、设计、施工、监理、安全评价、验收等）。",
      "3.安全基础管理情况（安全生产管理制度制定及落实，安全投入，安全管理机构设置及人员配备，主要负责人、安全管理人员考核合格和特种作业人员持证上岗及全员培训、岗位操作规程、应急管理等）。",
      "4.现场安全管理情况（安全出口、主通风机运行监控、自救器和便携式气体检测仪配备、井下人员定位系统运行、顶板监测管控和采空区普查治理监测、探放水制度落实水害隐患治理、提升设备定期检测检验、井下排水、淘汰危及安全生产工艺设备、图纸真实性）。",
      "5.安全风险分级管控和隐患排查治理体系运行情况。",
    ].join("\n"),
    target: "金属、非金属地下矿山",
    category: "重点检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "执法计划内100%，每年抽查1次",
    level: "市级",
    basis: [
      `1.${AQSCF}第六十五条。`,
      "2.《矿山安全法》第三十四条。",
      "3.《非煤矿矿山企业安全生产许可证实施办法》（国家安全监管总局令第20号，2015年5月26日修正）第三十三条。",
      "4.《金属非金属矿山重大生产安全事故隐患判定标准（试行）》",
    ].join("\n"),
  },
  {
    code: "M002",
    rightsItem: "对非煤矿山企业落实领导带班下井制度情况的监督检查",
    name: "对非煤矿山企业落实领导带班下井制度情况的监督检查",
    content: [
      "1.领导带班下井制度建立、健全、考核、奖惩情况。",
      "2.领导带班下井月度计划制定、公告、公示、落实情况。",
      "3.带班下井交接班记录、带班下井登记档案填写情况。",
    ].join("\n"),
    target: "金属、非金属地下矿山",
    category: "一般检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "全年抽查比例不低于10%，每年抽查1次",
    level: "市级",
    basis: [
      `1.${AQSCF}第六十五条。`,
      "2.《金属非金属地下矿山企业领导带班下井及监督检查暂行规定》（国家安全监管总局令第34号2015年5月26日修正）第五条。",
    ].join("\n"),
  },
  {
    code: "M003",
    rightsItem: "对生产经营单位安全培训及特种作业人员持证上岗情况的监督检查",
    name: "对生产经营单位安全培训情况的行政检查",
    content: [
      "1.安全培训经费投入和使用情况。",
      "2.制定安全培训制度、年度培训计划并实施，建立安全培训管理档案情况。",
      "3.对从业人员安全生产教育和培训情况的检查。",
      "4.主要负责人、安全生产管理人员和特种作业人员培训情况。",
    ].join("\n"),
    target: "生产经营单位",
    category: "一般检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "执法计划内100%，每年抽查1次",
    level: "市级",
    basis: [
      `1.${AQSCF}第六十五条。`,
      "2.《生产经营单位安全培训规定》（国家安全监管总局令第3号）第二十五条第一款、第二十六条。",
      "3.《安全生产培训管理办法》（国家安全监管总局令第44号，2013年8月29日第一次修正,2015年5月29日第二次修正）第三十条。",
    ].join("\n"),
  },
  {
    code: "M004",
    rightsItem: "对生产、储存、使用、经营危险化学品单位的安全生产监督检查",
    name: "对一般危险化学品生产、储存的行政检查",
    content: [
      "1.安全生产许可情况。",
      "2.履行建设项目安全设施“三同时”情况。",
      "3.企业主要负责人、安全管理人员安全生产教育情况（人员培训和持证上岗情况）。",
      "4.编制事故应急预案并进行演练情况。",
      "5.外包工程管理情况。",
      "6.劳动防护用品佩戴和使用情况。",
    ].join("\n"),
    target: "危险化学品生产、储存企业",
    category: "重点检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "执法计划内100%，每年抽查1次",
    level: "市级",
    basis: [`1.${AQSCF}第六十五条。`, "2.《危险化学品安全管理条例》（国务院令第344号）第六条。"].join("\n"),
  },
  {
    code: "M005",
    rightsItem: "对生产、经营非药品类易制毒化学品的监督检查",
    name: "对非药品类易制毒化学品经营的行政检查",
    content: [
      "1.非药品类易制毒化学品许可、备案制度的执行情况。",
      "2.非药品类易制毒化学品管理制度的建立和落实情况。",
      "3.非药品类易制毒化学品销售情况。",
      "4.非药品类易制毒化学品教育培训情况。",
    ].join("\n"),
    target: "非药品类易制毒化学品生产、经营企业",
    category: "一般检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "执法计划内100%，每年抽查1次",
    level: "市级",
    basis: [
      "1.《易制毒化学品管理条例》（国务院令第445号，2016年2月修改）第三十二条。",
      "2.《非药品类易制毒化学品生产、经营许可办法》（国家安全监管总局令第5号）第四条第二款、第二十五条。",
    ].join("\n"),
  },
  {
    code: "M006",
    rightsItem: "对生产经营单位安全培训及特种作业人员持证上岗情况的监督检查",
    name: "对特种作业人员持证上岗的监督检查",
    content: [
      "1.特种作业人员名册及特种作业操作证持证情况。",
      "2.特种作业操作证有效期及复审情况。",
      "3.特种作业岗位在岗人员与持证人员一致情况。",
    ].join("\n"),
    target: "生产经营单位",
    category: "一般检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "全年抽查比例不低于5%",
    level: "市级",
    basis: [
      `1.${AQSCF}第三十条、第六十五条。`,
      "2.《特种作业人员安全技术培训考核管理规定》（国家安全监管总局令第30号，2015年5月29日修正）第五条。",
    ].join("\n"),
  },
  {
    code: "M007",
    rightsItem: "对生产经营单位生产安全事故应急预案工作的监督检查",
    name: "对应急救援预案制定、备案、演练及应急物资、装备配备情况的监督检查",
    content: [
      "1.生产安全事故应急预案编制、评审（论证）、公布情况。",
      "2.应急预案备案情况。",
      "3.应急预案演练计划、演练记录及评估情况。",
      "4.应急救援物资、装备配备及定期检测、维护情况。",
    ].join("\n"),
    target: "生产经营单位",
    category: "一般检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "全年抽查比例不低于5%",
    level: "市级",
    basis: [`1.${AQSCF}第八十一条、第八十二条。`, "2.《生产安全事故应急预案管理办法》（应急管理部令第2号）。"].join("\n"),
  },
  {
    code: "M008",
    rightsItem: "对取得安全生产许可证企业的监督检查",
    name: "对煤矿、非煤矿山、危险化学品生产企业安全生产许可证的监督检查",
    content: [
      "1.安全生产许可证取得及有效期情况。",
      "2.取得安全生产许可证后安全生产条件持续保持情况。",
      "3.是否存在转让、冒用或者使用伪造的安全生产许可证情况。",
    ].join("\n"),
    target: "煤矿、非煤矿山、危险化学品生产企业",
    category: "重点检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "执法计划内100%，每年抽查1次",
    level: "市级",
    basis: [
      "1.《安全生产许可证条例》（国务院令第397号，2014年7月29日修订）第十四条。",
      "2.《非煤矿矿山企业安全生产许可证实施办法》（国家安全监管总局令第20号，2015年5月26日修正）第三十三条。",
      "3.《危险化学品生产企业安全生产许可证实施办法》（国家安全监管总局令第41号）。",
    ].join("\n"),
  },
  {
    code: "M009",
    rightsItem: "对冶金、有色、建材、机械、轻工、纺织、烟草、商贸等工贸行业生产经营单位的监督检查",
    name: "对工贸企业安全生产情况的行政检查",
    content: [
      "1.安全生产责任制、安全生产规章制度和操作规程建立落实情况。",
      "2.粉尘防爆、涉氨制冷、有限空间作业、金属冶炼等重点环节安全管理情况。",
      "3.安全风险分级管控和隐患排查治理情况。",
      "4.重大事故隐患排查整治情况。",
    ].join("\n"),
    target: "工贸行业生产经营单位",
    category: "重点检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "全年抽查比例不低于5%",
    level: "市级",
    basis: [
      `1.${AQSCF}第六十五条。`,
      "2.《工贸企业重大事故隐患判定标准》（应急管理部令第10号）。",
      "3.《工贸企业粉尘防爆安全规定》（应急管理部令第6号）。",
    ].join("\n"),
  },
  {
    code: "M010",
    rightsItem: "对煤矿企业的监督检查",
    name: "对煤矿企业安全生产情况的行政检查",
    content: [
      "1.证照及矿长、安全生产管理人员、特种作业人员资格情况。",
      "2.安全生产责任制及矿领导带班下井制度落实情况。",
      "3.“一通三防”、防治水、顶板管理等重大灾害防治情况。",
      "4.重大事故隐患排查治理情况。",
    ].join("\n"),
    target: "煤矿企业",
    category: "重点检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "执法计划内100%，每年抽查1次",
    level: "市级",
    basis: [
      `1.${AQSCF}第六十五条。`,
      "2.《煤矿安全生产条例》（国务院令第774号）。",
      "3.《煤矿重大事故隐患判定标准》（应急管理部令第4号）。",
    ].join("\n"),
  },
  {
    code: "M011",
    rightsItem: "对生产经营单位事故隐患排查治理情况的监督检查",
    name: "对生产经营单位事故隐患排查治理情况的行政检查",
    content: [
      "1.事故隐患排查治理制度建立及落实情况。",
      "2.事故隐患排查治理台账及如实记录、向从业人员通报情况。",
      "3.重大事故隐患报告及治理情况。",
    ].join("\n"),
    target: "生产经营单位",
    category: "一般检查事项",
    method: "查阅资料、现场检查",
    ratioFrequency: "全年抽查比例不低于5%",
    level: "市级",
    basis: [`1.${AQSCF}第四十一条、第六十五条。`, "2.《安全生产事故隐患排查治理暂行规定》（国家安全监管总局令第16号）。"].join("\n"),
  },
  {
    code: "M012",
    rightsItem: "对生产经营单位安全生产投入情况的监督检查",
    name: "对安全生产费用提取和使用的监督检查",
    content: [
      "1.安全生产费用提取标准及提取情况。",
      "2.安全生产费用专户核算及使用范围情况。",
      "3.高危行业生产经营单位投保安全生产责任保险情况。",
    ].join("\n"),
    target: "煤矿、非煤矿山、危险化学品、冶金等高危行业生产经营单位",
    category: "一般检查事项",
    method: "查阅资料",
    ratioFrequency: "全年抽查比例不低于5%",
    level: "市级",
    basis: [`1.${AQSCF}第二十三条、第五十一条。`, "2.《企业安全生产费用提取和使用管理办法》（财资〔2022〕136号）。"].join("\n"),
  },
];

// ---------------------------------------------------------------------------------------------
// Tasks (the year's plan)
// ---------------------------------------------------------------------------------------------

const BT_FOCUS =
  "主要负责人履行安全生产管理职责，安全生产资金投入，安全生产许可、生产安全事故应急预案，“三项岗位”人员持证上岗，事故隐患排查治理情况等。";
const BY_GRADE = "按风险等级";
const INTERNAL_PLAN = "包头市应急管理局2026年度部门内部“双随机、一公开”抽查计划";
const JOINT_INTERNAL_PLAN = "包头市应急管理局2026年度内部联合随机抽查计划";
const CROSS_PLAN = "包头市应急管理局2026年度部门联合“双随机、一公开”抽查计划";

export const TASKS: TaskRec[] = [
  {
    planCode: "2026001", planName: INTERNAL_PLAN, code: "2026001",
    name: "2026年度矿山、危化品、工贸行业安全生产随机抽查",
    type: "定向", jointType: "部门内部", initiator: DEPARTMENTS.team1, partners: [],
    industries: ["非煤矿山", "危险化学品", "工贸"], quantity: "37户", gradeRatios: "", minPerIndustry: "",
    matters: ["M003", "M006", "M007", "M008", "M011", "M012"], method: "实地检查", level: "市级",
    start: "2026-01-01", end: "2026-12-31", dateStyle: "cn", teamSize: 2, needExpert: false, focus: BT_FOCUS,
    note: "检查对象抽取单位：包头市应急管理局综合行政执法支队",
  },
  {
    planCode: "2026002", planName: JOINT_INTERNAL_PLAN, code: "2026002",
    name: "2026年第二季度非煤矿山内部联合随机抽查",
    type: "定向", jointType: "内部联合", initiator: DEPARTMENTS.team1, partners: [DEPARTMENTS.mines],
    industries: ["非煤矿山"], quantity: BY_GRADE, gradeRatios: "A:3%;B:5%;C:10%;D:30%", minPerIndustry: "",
    matters: ["M001", "M002", "M008"], method: "实地检查", level: "市级",
    start: "2026-04-01", end: "2026-06-30", dateStyle: "iso", teamSize: 2, needExpert: false,
    focus: "安全生产许可证、领导带班下井、重大事故隐患排查整治情况。", note: "",
  },
  {
    planCode: "2026002", planName: JOINT_INTERNAL_PLAN, code: "2026003",
    name: "2026年第二季度危险化学品内部联合随机抽查",
    type: "定向", jointType: "内部联合", initiator: DEPARTMENTS.team2, partners: [DEPARTMENTS.hazchem],
    industries: ["危险化学品"], quantity: BY_GRADE, gradeRatios: "A:3%;B:5%;C:10%;D:30%", minPerIndustry: "",
    matters: ["M004", "M005", "M007"], method: "实地检查", level: "市级",
    start: "2026-04-01", end: "2026-06-30", dateStyle: "iso", teamSize: 2, needExpert: true,
    focus: "重大危险源管控、特殊作业管理、应急预案及演练情况。", note: "每组随机抽取专家1名",
  },
  {
    planCode: "2026002", planName: JOINT_INTERNAL_PLAN, code: "2026004",
    name: "2026年第三季度工贸行业内部联合随机抽查",
    type: "定向", jointType: "内部联合", initiator: DEPARTMENTS.team3, partners: [DEPARTMENTS.trade],
    industries: ["工贸"], quantity: BY_GRADE, gradeRatios: "A:1%;B:3%;C:10%;D:30%", minPerIndustry: "",
    matters: ["M009", "M003", "M006"], method: "实地检查", level: "市级",
    start: "2026-07-01", end: "2026-09-30", dateStyle: "iso", teamSize: 2, needExpert: false,
    focus: "粉尘防爆、有限空间作业、金属冶炼等重点环节安全管理情况。", note: "",
  },
  {
    planCode: "2026002", planName: JOINT_INTERNAL_PLAN, code: "2026005",
    name: "2026年第三季度煤矿内部联合随机抽查",
    type: "定向", jointType: "内部联合", initiator: DEPARTMENTS.coal, partners: [DEPARTMENTS.team1],
    industries: ["煤矿"], quantity: "5%", gradeRatios: "", minPerIndustry: "",
    matters: ["M010", "M008"], method: "实地检查", level: "市级",
    start: "2026-07-01", end: "2026-09-30", dateStyle: "iso", teamSize: 2, needExpert: false,
    focus: "“一通三防”、防治水、顶板管理及重大事故隐患排查治理情况。", note: "",
  },
  {
    planCode: "包联2026", planName: CROSS_PLAN, code: "包联2026001",
    name: "矿山企业联合执法",
    type: "定向", jointType: "跨部门联合", initiator: DEPARTMENTS.team1, partners: [DEPARTMENTS.natres],
    industries: ["非煤矿山", "煤矿"], quantity: 9, gradeRatios: "", minPerIndustry: 3,
    matters: ["M001", "M008", "M010"], method: "实地检查", level: "市级",
    start: "2026-03-01", end: "2026-11-30", dateStyle: "cn", teamSize: 3, needExpert: false,
    focus:
      "1.重大事故隐患排查整治情况；2.矿山企业的矿业权许可证存续情况；3.是否按照采矿许可证载明的开采方式进行开采；4.是否存在未依法取得采矿许可证擅自开采、越界开采等问题；5.对矿业权人填报的勘查开采公示信息进行实地核查。",
    note: "参与部门抽查事项：对矿产资源勘查、开采的监督检查",
  },
  {
    planCode: "包联2026", planName: CROSS_PLAN, code: "包联2026002",
    name: "危险化学品企业联合执法",
    type: "定向", jointType: "跨部门联合", initiator: DEPARTMENTS.team2, partners: [DEPARTMENTS.samr],
    industries: ["危险化学品"], quantity: 10, gradeRatios: "", minPerIndustry: 3,
    matters: ["M004", "M006"], method: "实地检查", level: "市级",
    start: "2026-03-01", end: "2026-11-30", dateStyle: "cn", teamSize: 2, needExpert: false,
    focus: "重大事故隐患排查整治情况",
    note: "参与部门抽查事项：危险化学品生产、储存、使用中涉及的气瓶及特种设备检查事项",
  },
];

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

export const RULES: [string, string | number][] = [
  ["检查机关", "包头市应急管理局"],
  ["年度抽查覆盖率下限", "5%"],
  ["信用分类抽查占比下限", "90%"],
  ["跨部门联合抽查占比下限", "20%"],
  ["联合抽查每行业最少家数", 3],
  ["每季度内部联合抽查最少次数", 2],
  ["每组执法人员最少人数", 2],
  ["同一对象年度抽查上限", 2],
  ["结果公示期限", "20工作日"],
  ["取整方式", "向上取整"],
];

// ---------------------------------------------------------------------------------------------
// Recusals
// ---------------------------------------------------------------------------------------------

function buildRecusals(targets: TargetRec[], officers: OfficerRec[]): RecusalRec[] {
  const plan: [string, number, string, number, string][] = [
    // dept, officer index in dept, industry, nth eligible target of that industry, reason
    [DEPARTMENTS.team2, 0, "危险化学品", 4, "近亲属在该单位担任中层以上管理职务"],
    [DEPARTMENTS.team1, 2, "非煤矿山", 3, "曾在该单位任职，离职未满三年"],
    [DEPARTMENTS.trade, 0, "工贸", 6, "配偶持有该单位股份"],
    [DEPARTMENTS.natres, 1, "煤矿", 2, "近亲属系该单位法定代表人"],
  ];
  return plan.map(([dept, oi, industry, ti, reason]) => {
    const officer = officers.filter((o) => o.dept === dept)[oi];
    const target = targets.filter((t) => t.industry === industry && t.status === "正常" && t.risk !== "")[ti];
    return { cert: officer.cert, uscc: target.uscc, reason };
  });
}

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

export function sampleData(): SampleData {
  const targets = buildTargets();
  const officers = buildOfficers();
  return {
    targets,
    officers,
    matters: MATTERS.map((m) => ({ ...m })),
    tasks: TASKS.map((t) => ({ ...t, partners: [...t.partners], industries: [...t.industries], matters: [...t.matters] })),
    recusals: buildRecusals(targets, officers),
    rules: RULES.map(([k, v]) => [k, v]),
  };
}

export const SEP = "、";

function pad(row: Cell[], width: number): Cell[] {
  const out = [...row];
  while (out.length < width) out.push("");
  return out;
}

function targetRow(t: TargetRec): Cell[] {
  return [t.seq, t.name, t.uscc, t.industry, t.risk, t.area, t.address, t.key, t.status, t.legalRep, t.contact, t.phone, t.checks];
}

function inspectorRow(o: OfficerRec): Cell[] {
  return [o.seq, o.name, o.cert, o.expiry, o.dept, o.fields.join(SEP), o.expert ? "是" : "否", o.status];
}

function matterRow(m: MatterRec, i: number): Cell[] {
  return [i + 1, m.code, m.rightsItem, m.name, m.content, m.target, m.category, m.method, m.ratioFrequency, m.level, m.basis];
}

function taskRow(t: TaskRec): Cell[] {
  const d = (iso: string): string => (t.dateStyle === "cn" ? cnDate(iso) : iso);
  return [
    t.planCode, t.planName, t.code, t.name, t.type, t.jointType, t.initiator, t.partners.join(SEP),
    t.industries.join(SEP), t.quantity, t.gradeRatios, t.minPerIndustry, t.matters.join(SEP), t.method,
    t.level, d(t.start), d(t.end), t.teamSize, t.needExpert ? "是" : "否", t.focus, t.note,
  ];
}

export function sampleSheets(): SheetData[] {
  const data = sampleData();
  const tw = TARGET_HEADERS.length;
  return [
    {
      name: SHEET.targets,
      rows: [pad([TARGET_TITLE], tw), TARGET_HEADERS, ...data.targets.map(targetRow)],
      merges: [`A1:${colLetter(tw - 1)}1`],
    },
    { name: SHEET.inspectors, rows: [INSPECTOR_HEADERS, ...data.officers.map(inspectorRow)] },
    { name: SHEET.matters, rows: [MATTER_HEADERS, ...data.matters.map(matterRow)] },
    { name: SHEET.tasks, rows: [TASK_HEADERS, ...data.tasks.map(taskRow)] },
    { name: SHEET.recusals, rows: [RECUSAL_HEADERS, ...data.recusals.map((r) => [r.cert, r.uscc, r.reason])] },
    { name: SHEET.rules, rows: [RULE_HEADERS, ...data.rules.map(([k, v]) => [k, v])] },
  ];
}

// ---------------------------------------------------------------------------------------------
// Expected warnings of the clean book
// ---------------------------------------------------------------------------------------------

export interface ExpectedWarning {
  code: string;
  sheet: string;
  cell: string;
}

/** Departments that take part in a task (initiator and partners). */
export function taskDepartments(t: TaskRec): string[] {
  return [t.initiator, ...t.partners];
}

/** The latest 结束时间 among tasks the department takes part in, or null. */
export function latestTaskEnd(tasks: TaskRec[], dept: string): string | null {
  let best: string | null = null;
  for (const t of tasks) if (taskDepartments(t).includes(dept) && (best === null || t.end > best)) best = t.end;
  return best;
}

/**
 * Every warning the clean book is meant to produce (severity "warning"):
 *   RISK_UNGRADED       检查对象名录库!E… for each blank 信用风险等级
 *   TARGET_INACTIVE     检查对象名录库!I… for each 注销/吊销/撤销/迁出/关闭 row (停产 gives none)
 *   CERT_EXPIRY_MISSING 执法检查人员名录库!D… for a non-expert with blank 证件有效期至
 *   CERT_EXPIRES        执法检查人员名录库!D… for a certificate ending before the 结束时间 of a task
 *                       the officer's department takes part in
 * USCC_CHECKSUM: none. Computed from the data so it cannot drift from the sheets.
 */
function expectedWarnings(): ExpectedWarning[] {
  const data = sampleData();
  const out: ExpectedWarning[] = [];
  const firstTargetRow = 2; // 0-based index of the first data row (row 3)
  data.targets.forEach((t, i) => {
    if (t.risk === "") out.push({ code: "RISK_UNGRADED", sheet: SHEET.targets, cell: a1(firstTargetRow + i, 4) });
  });
  data.targets.forEach((t, i) => {
    if (INACTIVE_STATUSES.includes(t.status)) out.push({ code: "TARGET_INACTIVE", sheet: SHEET.targets, cell: a1(firstTargetRow + i, 8) });
  });
  data.officers.forEach((o, i) => {
    const cell = a1(1 + i, 3);
    if (o.expert) return;
    if (o.expiry === "") {
      out.push({ code: "CERT_EXPIRY_MISSING", sheet: SHEET.inspectors, cell });
      return;
    }
    const end = latestTaskEnd(data.tasks, o.dept);
    if (end !== null && o.expiry < end) out.push({ code: "CERT_EXPIRES", sheet: SHEET.inspectors, cell });
  });
  return out;
}

export const SAMPLE_EXPECTED_WARNINGS: readonly ExpectedWarning[] = expectedWarnings();
