import type { SheetData } from "../grid/cell";
import { CURRENT_ALGORITHM, hasRules } from "../draw/algorithm";
import { IssueList } from "../issue";
import { SHEET_KINDS, type Inspector, type ReadOptions, type Rules, type SheetKind, type SheetMatch, type WorkbookReading } from "../model";
import { readInspectors } from "./inspectors";
import { readMatters } from "./matters";
import { readRecusals } from "./recusals";
import { readRules } from "./rules";
import { readTargets } from "./targets";
import { readTasks } from "./tasks";
import { tableFrame } from "./rows";
import { readAliases, type AliasRow } from "./aliases";
import { readHolidays } from "./holidays";
import { NO_EXTRA_DAYS } from "../calendar/workdays";
import type { SheetSchema } from "./schema";
import { compactKey } from "../values/text";
import { recognise, type Recognition } from "./recognize";
import { checkCertificates } from "../check/certificates";
import { checkInspectors, checkMatters, checkTargets } from "../check/rosters";
import { resolveRecusals } from "../check/recusals";
import { resolveTasks } from "../check/tasks";

/**
 * Reads the workbook a bureau keeps (一单两库 plus the plan) from plain cell arrays: recognises
 * the sheets, normalises every value, and lists every problem by cell. Never throws on content.
 */
export function readWorkbook(sheets: readonly SheetData[], options: ReadOptions = {}): WorkbookReading {
  const issues = new IssueList();
  const algorithm = options.algorithm ?? CURRENT_ALGORITHM;
  const found = recognise(sheets, issues, options.assign, algorithm);

  const v2 = hasRules(algorithm, "dr-2026.2");
  const schemas = found.schemas as Record<SheetKind, SheetSchema>;
  const targets = found.targets ? readTargets(found.targets, schemas.targets, issues, v2) : [];
  const inspectors = found.inspectors ? readInspectors(found.inspectors, issues) : [];
  const matters = found.matters ? readMatters(found.matters, schemas.matters, issues, v2) : [];
  const taskRows = found.taskSheets.flatMap((t) => readTasks(t, schemas.tasks, issues, algorithm));
  const aliases = found.aliases ? readAliases(found.aliases, schemas.aliases, issues) : [];
  const recusalRows = found.recusals ? readRecusals(found.recusals, issues) : [];
  const rules = readRules(found.rules, issues);
  const holidays = found.holidays ? readHolidays(found.holidays, schemas.holidays, issues) : { calendar: NO_EXTRA_DAYS, rows: 0 };
  if (v2 && rules.authority === "") bureauFromTitles(found, rules, issues);

  if (found.targets) checkTargets(targets, found.targets, issues);
  if (found.inspectors) checkInspectors(inspectors, found.inspectors, issues);
  if (found.matters) checkMatters(matters, found.matters, issues);
  const tasks = found.tasks
    ? resolveTasks(taskRows, { targets, inspectors, matters, rules, hasMatters: found.matters !== null, v2, aliases: checkAliases(aliases, inspectors, issues) }, issues)
    : [];
  if (found.inspectors) checkCertificates(inspectors, tasks, found, issues, options.today);
  const recusals = resolveRecusals(recusalRows, targets, inspectors);

  const taskSheets = found.taskSheets.map((t) => ({ sheet: t.sheet.name, headerRow: t.header.lastRow + 1, rows: taskRows.filter((r) => r.sheet === t.sheet.name).length }));
  return {
    algorithm,
    // `sheets.tasks` is the first task sheet, with its own rows; `taskSheets` lists every one.
    sheets: summarise(found, { targets: targets.length, inspectors: inspectors.length, matters: matters.length, tasks: taskSheets[0]?.rows ?? 0, recusals: recusals.length, rules: null, aliases: aliases.length, holidays: holidays.rows }),
    taskSheets,
    targets,
    inspectors,
    matters,
    tasks,
    recusals,
    rules,
    calendar: holidays.calendar,
    issues: issues.list(),
  };
}

/** 部门别名 whose department is one of the roster's; the others are errors at their cell. */
function checkAliases(rows: readonly AliasRow[], inspectors: readonly Inspector[], issues: IssueList): [string, string][] {
  const known = new Set(inspectors.filter((p) => !p.expert).map((p) => compactKey(p.department)));
  const out: [string, string][] = [];
  for (const r of rows) {
    if (known.has(compactKey(r.department))) out.push([r.alias, r.department]);
    else issues.error("ALIAS_DEPT_UNKNOWN", r.sheet, r.at, `部门别名“${r.alias}”对应的“${r.department}”不是执法检查人员名录库中的部门。`);
  }
  return out;
}

/**
 * dr-2026.2: without a 检查机关 rule, the bureau is the one the plan tables' titles name
 * (`秦皇岛市应急管理局 2026 年度…`): the bureau's own departments and its name in department cells
 * are known by it, and the tables this tool writes carry it. Said in a warning, to be checked.
 */
function bureauFromTitles(found: Recognition, rules: Rules, issues: IssueList): void {
  for (const t of found.taskSheets) {
    const m = tableFrame(t).above.map((line) => /^\s*(\S{2,30}?应急管理局)/u.exec(line)).find(Boolean);
    if (!m) continue;
    rules.authority = m[1];
    issues.warning("AUTHORITY_FROM_TITLE", t.sheet.name, "A1", `检查机关按计划表标题取为“${m[1]}”；如不对，请在“抽查规则”表中填写“检查机关”。`);
    return;
  }
}

function summarise(found: Recognition, counts: Record<SheetKind, number | null>): Record<SheetKind, SheetMatch | null> {
  const out = {} as Record<SheetKind, SheetMatch | null>;
  for (const kind of SHEET_KINDS) {
    const r = found[kind];
    out[kind] = r
      ? { sheet: r.sheet.name, headerRow: r.header.lastRow + 1, rows: counts[kind] ?? countRows(r) }
      : null;
  }
  return out;
}

function countRows(r: NonNullable<Recognition[SheetKind]>): number {
  let n = 0;
  for (let i = r.header.lastRow + 1; i < r.sheet.rows.length; i++) {
    if ((r.sheet.rows[i] ?? []).some((v) => v !== null && v !== "")) n += 1;
  }
  return n;
}
