import { DepartmentResolver, slashList } from "../../../src/core/check/departments";

const QHD = ["执法一大队", "执法二大队", "执法三大队", "非煤矿山安全监督管理科", "危险化学品安全监督管理科", "工贸行业安全监督管理科", "煤炭安全管理科", "局办公室", "人事培训科", "防震减灾科"];
const BAOTOU = ["综合行政执法支队", "危险化学品安全监督管理科", "非煤矿山安全监督管理科", "工贸行业安全监督管理科", "包头市自然资源局"];

describe("departments as plan tables name them (dr-2026.2)", () => {
  const qhd = new DepartmentResolver(QHD, "秦皇岛市应急管理局");
  const baotou = new DepartmentResolver(BAOTOU, "包头市应急管理局");

  test.each([
    ["执法一大队", ["执法一大队"]],
    ["非煤矿山安全监管科", ["非煤矿山安全监督管理科"]],
    ["危险化学品安全监管科", ["危险化学品安全监督管理科"]],
    ["非煤科", ["非煤矿山安全监督管理科"]],
    ["危化科", ["危险化学品安全监督管理科"]],
    ["工贸科", ["工贸行业安全监督管理科"]],
    ["煤炭安全管理科", ["煤炭安全管理科"]],
    ["秦皇岛市应急管理局执法二大队", ["执法二大队"]],
    ["市应急管理局(防震减灾科)", ["防震减灾科"]],
    [" 执法 三大队 ", ["执法三大队"]],
  ])("秦皇岛: %s → %j", (text, names) => {
    expect(qhd.resolve(text)).toEqual({ kind: "departments", names });
  });

  test("包头: its 支队 by the bureau's full name; the bureau itself is every department of the bureau", () => {
    expect(baotou.resolve("包头市应急管理局综合行政执法支队")).toEqual({ kind: "departments", names: ["综合行政执法支队"] });
    expect(baotou.resolve("包头市应急管理局")).toEqual({ kind: "bureau", names: ["综合行政执法支队", "危险化学品安全监督管理科", "非煤矿山安全监督管理科", "工贸行业安全监督管理科"] });
    expect(baotou.resolve("市应急管理局")).toEqual(expect.objectContaining({ kind: "bureau" }));
    expect(baotou.resolve("包头市自然资源局")).toEqual({ kind: "departments", names: ["包头市自然资源局"] });
  });

  test("other agencies: known as such, and not the bureau's", () => {
    expect(baotou.isOtherAgency("包头市自然资源局")).toBe(true);
    expect(baotou.isOtherAgency("包头市市场监管局")).toBe(true);
    expect(qhd.isOtherAgency("水务局")).toBe(true);
    expect(qhd.isOtherAgency("市卫健委")).toBe(true);
    expect(qhd.isOtherAgency("局办公室")).toBe(false);
    expect(qhd.isOtherAgency("秦皇岛市应急管理局")).toBe(false);
    expect(qhd.isOtherAgency("执法一大队")).toBe(false);
    expect(baotou.resolve("包头市市场监管局")).toEqual({ kind: "unknown", suggestion: null });
  });

  test("a short name that fits two departments is ambiguous, with the candidates", () => {
    const r = new DepartmentResolver(["执法一大队", "执法二大队"], "X市应急管理局");
    expect(r.resolve("执法大队")).toEqual({ kind: "ambiguous", candidates: ["执法一大队", "执法二大队"] });
  });

  test("a name matching nothing comes back with the closest department, if one is close", () => {
    expect(qhd.resolve("执法四大队")).toEqual({ kind: "unknown", suggestion: "执法一大队" });
    expect(qhd.resolve("市教育相关科室")).toEqual({ kind: "unknown", suggestion: null });
  });

  test("the clerk's 部门别名 come first", () => {
    const r = new DepartmentResolver(QHD, "秦皇岛市应急管理局", [["一大队", "执法一大队"], ["执法大队", "执法二大队"]]);
    expect(r.resolve("一大队")).toEqual({ kind: "departments", names: ["执法一大队"] });
    expect(r.resolve("执法大队")).toEqual({ kind: "departments", names: ["执法二大队"] });
  });

  test("slash lists name one slot's departments", () => {
    expect(slashList("非煤矿山安全监管科/执法一大队")).toEqual(["非煤矿山安全监管科", "执法一大队"]);
    expect(slashList("执法一大队")).toEqual(["执法一大队"]);
  });
});

test("a unit named after the bureau belongs to it, even when the roster does not have it", () => {
  const qhd = new DepartmentResolver(QHD, "秦皇岛市应急管理局");
  expect(qhd.namesBureau("市应急管理局(震防御科)")).toBe(true);
  expect(qhd.isBureau("市应急管理局(震防御科)")).toBe(false);
  expect(qhd.namesBureau("市卫健委")).toBe(false);
});
