import type { Issue } from "../../../src/core/issue";
import { readWorkbook } from "../../../src/core/read/workbook";
import { setCell, sheet, smallBook } from "../fixtures";

const codes = (issues: Issue[]): string[] => issues.map((i) => `${i.severity}:${i.code}@${i.sheet}!${i.cell}`).sort();

describe("readWorkbook on a small clean book", () => {
  const r = readWorkbook(smallBook(), { today: "2026-03-01" });

  test("recognises every sheet whatever it is called", () => {
    expect(r.sheets.targets).toEqual({ sheet: "对象", headerRow: 1, rows: 4 });
    expect(r.sheets.inspectors).toEqual({ sheet: "人员", headerRow: 1, rows: 4 });
    expect(r.sheets.matters).toEqual({ sheet: "事项", headerRow: 1, rows: 2 });
    expect(r.sheets.tasks).toEqual({ sheet: "计划", headerRow: 1, rows: 2 });
    expect(r.sheets.recusals).toBeNull();
    expect(r.sheets.rules).toBeNull();
  });

  test("no issues, and values normalised", () => {
    expect(r.issues).toEqual([]);
    expect(r.targets[2]).toMatchObject({ row: 4, risk: "C", key: false, status: "停产" });
    expect(r.inspectors[0].fields).toEqual(["危险化学品", "工贸"]);
    expect(r.inspectors[3]).toMatchObject({ expert: true, cert: "" });
  });

  test("tasks resolved against the rosters", () => {
    const [internal, joint] = r.tasks;
    expect(internal).toMatchObject({ jointType: "部门内部", type: "定向", teamSize: 2, matters: ["M001"], start: "2026-03-01", end: "2026-11-30" });
    expect(internal.quantity).toMatchObject({ kind: "ratio", ratio: { num: 3, den: 100 } });
    expect(internal.scope.industries).toEqual(["危险化学品"]);
    expect(joint.scope.industries).toEqual(["非煤矿山", "煤矿"]);
    expect(joint).toMatchObject({ start: "2026-03-01", end: "2026-11-30", partners: ["包头市自然资源局"] });
  });

  test("rules default when there is no rules sheet", () => {
    expect(r.rules.teamMin).toBe(2);
    expect(r.rules.coverageMin).toEqual({ num: 1, den: 20 });
  });
});

describe("problems are reported by cell", () => {
  test("duplicate USCC names the second occurrence and the first row", () => {
    const book = smallBook();
    setCell(book, "对象", 3, 1, "91350100m000100y43");
    const r = readWorkbook(book);
    expect(codes(r.issues)).toEqual(["error:DUPLICATE_USCC@对象!B4"]);
    expect(r.issues[0].message).toContain("第 2 行");
  });

  test("error values: an error where the draw reads, a warning elsewhere", () => {
    const book = smallBook();
    sheet(book, "对象").rows[0].push("联系电话");
    setCell(book, "对象", 2, 2, "#N/A");
    setCell(book, "对象", 3, 7, "#REF!");
    const r = readWorkbook(book);
    expect(codes(r.issues)).toEqual(["error:ERROR_VALUE@对象!C3", "warning:ERROR_VALUE@对象!H4"]);
  });

  test("a USCC stored as a number has lost its digits", () => {
    const book = smallBook();
    setCell(book, "对象", 4, 1, Number("913502000728319549")); // what Excel keeps of an 18-digit code typed as a number
    expect(codes(readWorkbook(book).issues)).toEqual(["error:USCC_AS_NUMBER@对象!B5"]);
  });

  test("check digit and shape are warnings; the code is kept as typed", () => {
    const book = smallBook();
    setCell(book, "对象", 1, 1, "91350100M000100Y4Z");
    setCell(book, "对象", 2, 1, "150203000012345");
    const r = readWorkbook(book);
    expect(codes(r.issues)).toEqual(["warning:USCC_CHECKSUM@对象!B2", "warning:USCC_FORMAT@对象!B3"]);
    expect(r.targets[0].uscc).toBe("91350100M000100Y4Z");
  });

  test("missing required value, ungraded and inactive targets, formula-like text", () => {
    const book = smallBook();
    setCell(book, "对象", 1, 0, "  ");
    setCell(book, "对象", 2, 3, null);
    setCell(book, "对象", 3, 6, "注销");
    setCell(book, "对象", 4, 0, "=HYPERLINK(\"x\")");
    const r = readWorkbook(book);
    expect(codes(r.issues)).toEqual([
      "error:VALUE_MISSING@对象!A2",
      "warning:FORMULA_TEXT@对象!A5",
      "warning:RISK_UNGRADED@对象!D3",
      "warning:TARGET_INACTIVE@对象!G4",
    ]);
    expect(r.targets[1].risk).toBe("未分级");
  });

  test("unreadable vocabulary is an error, never a guess", () => {
    const book = smallBook();
    setCell(book, "对象", 1, 3, "E");
    setCell(book, "对象", 1, 5, "也许");
    setCell(book, "人员", 1, 6, "出差中");
    expect(codes(readWorkbook(book).issues)).toEqual([
      "error:VALUE_INVALID@人员!G2",
      "error:VALUE_INVALID@对象!D2",
      "error:VALUE_INVALID@对象!F2",
    ]);
  });

  test("duplicate 执法证号; experts need none", () => {
    const book = smallBook();
    setCell(book, "人员", 2, 1, "15020019001");
    expect(codes(readWorkbook(book).issues)).toEqual(["error:DUPLICATE_CERT@人员!B3"]);
  });

  test("certificates: expired today, or ending before a task of the department ends", () => {
    const book = smallBook();
    setCell(book, "人员", 1, 2, "2026-01-31");
    setCell(book, "人员", 2, 2, "2026-06-30");
    setCell(book, "人员", 3, 2, null);
    const r = readWorkbook(book, { today: "2026-03-01" });
    expect(codes(r.issues)).toEqual([
      "warning:CERT_EXPIRED@人员!C2",
      "warning:CERT_EXPIRES@人员!C3",
      "warning:CERT_EXPIRY_MISSING@人员!C4",
    ]);
    expect(r.issues.find((i) => i.code === "CERT_EXPIRES")!.message).toContain("2026001");
  });

  test("task problems: dates, departments, industries, matters, quantity", () => {
    const book = smallBook();
    setCell(book, "计划", 1, 8, "2026年13月1日");
    setCell(book, "计划", 2, 4, "包头市水务局");
    setCell(book, "计划", 1, 5, "危险化学品、烟花爆竹");
    setCell(book, "计划", 2, 7, "M099");
    setCell(book, "计划", 2, 6, "按照市政府批准的数量开展");
    const r = readWorkbook(book);
    // dr-2026.2: a partner agency without officers sends its own; a scope word matching nothing is a
    // warning when the rest of the scope names something (an error when nothing is left).
    // A matter the list lacks is kept as typed (a warning) unless 抽查规则 binds the list.
    expect(codes(r.issues)).toEqual([
      "error:DATE_INVALID@计划!I2",
      "error:QUANTITY_NOT_GIVEN@计划!G3",
      "warning:PARTNER_SELF_STAFFED@计划!E3",
      "warning:TASK_INDUSTRY_UNKNOWN@计划!F2",
      "warning:TASK_MATTER_UNKNOWN@计划!H3",
    ]);
    expect(r.tasks[1].matters).toEqual(["M099"]);
    const bound = [...book.filter((s) => s.name !== "规则"), { name: "规则", rows: [["规则", "值"], ["抽查事项须在清单中", "是"]] }];
    expect(codes(readWorkbook(bound).issues)).toContain("error:TASK_MATTER_UNKNOWN@计划!H3");
    expect(r.issues.find((i) => i.code === "TASK_INDUSTRY_UNKNOWN")!.message).toContain("烟花爆竹");
    expect(r.issues.find((i) => i.code === "QUANTITY_NOT_GIVEN")!.message).toContain("没有给出这次要抽取的比例或数量");
    expect(codes(readWorkbook(book, { algorithm: "dr-2026.1" }).issues)).toEqual([
      "error:DATE_INVALID@计划!I2",
      "error:QUANTITY_INVALID@计划!G3",
      "error:TASK_DEPT_UNKNOWN@计划!E3",
      "error:TASK_INDUSTRY_UNKNOWN@计划!F2",
      "error:TASK_MATTER_UNKNOWN@计划!H3",
    ]);
  });

  test("task consistency: end before start, duplicate code, joint type and team size", () => {
    const book = smallBook();
    sheet(book, "计划").rows[0].push("每组人数");
    setCell(book, "计划", 1, 9, "2026-02-01");
    setCell(book, "计划", 2, 0, "2026001");
    setCell(book, "计划", 2, 2, null);
    setCell(book, "计划", 1, 10, 1);
    // The partners column is headed 联合部门: dr-2026.2 takes the task as 跨部门联合, dr-2026.1 asks.
    expect(codes(readWorkbook(book).issues)).toEqual(["error:DUPLICATE_TASK@计划!A3", "error:TASK_DATES_ORDER@计划!J2", "error:TEAM_TOO_SMALL@计划!K2"]);
    expect(readWorkbook(book).tasks[1].jointType).toBe("跨部门联合");
    expect(codes(readWorkbook(book, { algorithm: "dr-2026.1" }).issues)).toEqual([
      "error:DUPLICATE_TASK@计划!A3",
      "error:JOINT_TYPE_MISSING@计划!C3",
      "error:TASK_DATES_ORDER@计划!J2",
      "error:TEAM_TOO_SMALL@计划!K2",
    ]);
  });

  test("missing sheets and columns", () => {
    const book = smallBook().filter((s) => s.name !== "人员");
    sheet(book, "对象").rows[0][2] = "备注";
    const r = readWorkbook(book);
    expect(codes(r.issues)).toContain("error:SHEET_MISSING@!");
    expect(codes(r.issues)).toContain("error:COLUMN_MISSING@对象!1:1");
    expect(r.issues.find((i) => i.code === "COLUMN_MISSING")!.message).toContain("行业领域");
  });

  test("a USCC column without a known header is found by its content", () => {
    const book = smallBook();
    sheet(book, "对象").rows[0][1] = "代码";
    const r = readWorkbook(book);
    expect(codes(r.issues)).toEqual(["warning:COLUMN_BY_CONTENT@对象!B1"]);
    expect(r.targets.map((t) => t.uscc)).toContain("91350100M000100Y43");
  });

  test("merged cells in the data area are reported; note rows are skipped with a warning", () => {
    const book = smallBook();
    const s = sheet(book, "对象");
    s.merges = ["C2:C3"];
    s.rows[2][2] = null;
    s.rows.push(["注：本表由执法监督科维护"]);
    s.merges.push("A6:G6");
    const r = readWorkbook(book);
    expect(codes(r.issues)).toEqual(["error:MERGED_CELL@对象!C2:C3", "error:VALUE_MISSING@对象!C3", "warning:NOTE_ROW@对象!6:6"]);
  });

  test("recusals resolve by certificate or unique name", () => {
    const book = smallBook();
    book.push({
      name: "回避",
      rows: [
        ["执法证号", "姓名", "统一社会信用代码", "单位名称", "回避原因"],
        ["15020019001", null, "91350100M000100Y43", null, "亲属任职"],
        [null, "李二", null, "乙矿业有限公司", "曾在该单位任职"],
        ["99999999", null, "91350100M000100Y43", null, "?"],
      ],
    });
    const r = readWorkbook(book);
    expect(r.recusals).toEqual([
      { row: 2, inspector: "15020019001", target: "91350100M000100Y43", reason: "亲属任职" },
      { row: 3, inspector: "15020019002", target: "91350200776049653A", reason: "曾在该单位任职" },
    ]);
    expect(codes(r.issues)).toEqual(["warning:RECUSAL_UNKNOWN@回避!A4"]);
  });

  test("rules sheet overrides defaults; bad values are errors", () => {
    const book = smallBook();
    book.push({
      name: "规则",
      rows: [
        ["规则", "值"],
        ["年度抽查覆盖率下限", "3%"],
        ["结果公示期限", "10个工作日"],
        ["取整方式", "四舍五入"],
        ["每组执法人员最少人数", "1"],
        ["抽查吉日", "周三"],
      ],
    });
    const r = readWorkbook(book);
    expect(r.rules).toMatchObject({ coverageMin: { num: 3, den: 100 }, disclosureDays: 10, disclosureUnit: "工作日", rounding: "round-half-up", teamMin: 2 });
    expect(codes(r.issues)).toEqual(["error:RULE_INVALID@规则!B5", "warning:RULE_UNKNOWN@规则!A6"]);
  });

  test("output sheets of this tool are never read as input", () => {
    const book = smallBook();
    const targets = sheet(book, "对象");
    book.unshift({ name: "抽取结果 2026-03-01", rows: targets.rows.map((r) => [...r]) });
    expect(readWorkbook(book).sheets.targets?.sheet).toBe("对象");
  });

  test("a second sheet that looks the same is named in a warning", () => {
    const book = smallBook();
    book.push({ name: "对象(旧)", rows: sheet(book, "对象").rows.map((r) => [...r]) });
    const r = readWorkbook(book);
    expect(r.sheets.targets?.sheet).toBe("对象");
    expect(codes(r.issues)).toEqual(["warning:SHEET_AMBIGUOUS@对象(旧)!"]);
  });

  test("assign overrides recognition", () => {
    const book = smallBook();
    book.push({ name: "对象(新)", rows: sheet(book, "对象").rows.map((r) => [...r]) });
    const r = readWorkbook(book, { assign: { targets: "对象(新)" } });
    expect(r.sheets.targets?.sheet).toBe("对象(新)");
    expect(readWorkbook(book, { assign: { targets: "不存在" } }).issues.map((i) => i.code)).toContain("SHEET_NOT_FOUND");
  });
});
