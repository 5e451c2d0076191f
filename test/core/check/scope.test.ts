import { readScope } from "../../../src/core/check/scope";
import { compactKey } from "../../../src/core/values/text";

const index = (names: string[]): Map<string, string> => new Map(names.map((n) => [compactKey(n), n]));
const INDUSTRIES = index(["非煤矿山", "煤矿", "危险化学品", "工贸", "安全评价机构", "检测检验机构", "培训机构"]);
const AREAS = index(["海港区", "山海关区", "昌黎县"]);
const read = (text: string) => readScope(text, INDUSTRIES, AREAS);

describe("对象范围 as plan tables word it", () => {
  test.each<[string, string[], Record<string, string[]>]>([
    ["全市非煤矿山领域企业", ["非煤矿山"], {}],
    ["全市危险化学品生产、经营企业", ["危险化学品"], { 危险化学品: ["生产", "经营"].sort() }],
    ["全市危险化学品生产企业", ["危险化学品"], { 危险化学品: ["生产"] }],
    ["矿山、危化品、工贸行业生产经营单位。", ["非煤矿山", "煤矿", "危险化学品", "工贸"], {}],
    ["全市安全评价机构、检测检验机构", ["安全评价机构", "检测检验机构"], {}],
    ["全市安全生产培训机构", ["培训机构"], {}],
    ["矿山企业", ["非煤矿山", "煤矿"], {}],
    ["非煤矿山", ["非煤矿山"], {}],
    ["全市工贸行业企业", ["工贸"], {}],
    ["全市煤矿企业", ["煤矿"], {}],
    ["危险化学品企业", ["危险化学品"], {}],
    ["危险化学品使用企业、危险化学品", ["危险化学品"], {}],
    ["全市", [], {}],
    ["安全评价及检验检测机构", ["安全评价机构", "检测检验机构"], {}],
    ["危险化学品及相关企业", ["危险化学品"], {}],
  ])("%s", (text, industries, subtypes) => {
    const r = read(text);
    expect(r.industries).toEqual(industries);
    expect(r.subtypes).toEqual(subtypes);
    expect(r.unknown).toEqual([]);
  });

  test("areas and 重点 / 一般", () => {
    expect(read("海港区、山海关区工贸企业")).toMatchObject({ areas: ["海港区"], unknown: ["山海关区工贸企业"] });
    expect(read("海港区、工贸、重点单位")).toMatchObject({ areas: ["海港区"], industries: ["工贸"], key: true });
  });

  test("a part without its unit word matching nothing stays as typed", () => {
    expect(read("工贸、冶金相关企业").unknown).toEqual(["冶金相关企业"]);
  });

  test("pieces matching nothing are returned as typed", () => {
    expect(read("市直属院校(含民办学校、培训机构)")).toMatchObject({ industries: ["培训机构"], unknown: ["市直属院校", "民办学校"] });
    expect(read("烟花爆竹经营单位")).toMatchObject({ industries: [], unknown: ["烟花爆竹经营单位"] });
  });
});
