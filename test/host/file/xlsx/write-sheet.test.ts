import type { SheetSpec } from "../../../../src/core";
import { StyleBook, EMPTY_STYLES } from "../../../../src/host/file/xlsx/styles";
import { renderSheet } from "../../../../src/host/file/xlsx/write-sheet";

/** The body is rendered apart from the rows around it (a fast path): the rows must still come out whole and in order. */
test("title, two header rows, the body, a section and notes come out as rows in order (a blank row between blocks), every body row with every column", () => {
  const spec: SheetSpec = {
    name: "抽取结果",
    title: "标题",
    header: [["甲", "乙", ""], ["a", "b", "c"]],
    headerMerges: ["A1:A2"],
    columns: [{ width: 10 }, { width: 12, format: "integer" }, { width: 8, list: ["是", "否"] }],
    body: [["x", 1, null], [null, 2, "是"], ["z", null, null]],
    sections: [{ caption: "分组", header: ["一", "二"], body: [["p", 3]] }],
    notes: ["注一", "注二"],
  };
  const { xml } = renderSheet(spec, spec.name, new StyleBook(EMPTY_STYLES), false);
  const rows = [...xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)].map((m) => ({ r: Number(m[1]), cells: [...m[2].matchAll(/<c r="([A-Z]+)(\d+)"/g)].map((c) => `${c[1]}${c[2]}`) }));
  const numbers = rows.map((row) => row.r);
  expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12]);
  const body = rows.filter((row) => row.r >= 4 && row.r <= 6);
  expect(body.map((row) => row.cells)).toEqual([4, 5, 6].map((r) => [`A${r}`, `B${r}`, `C${r}`]));
  for (const row of rows) expect(row.cells.every((ref) => ref.endsWith(String(row.r)))).toBe(true);
  expect(xml).toContain(`<dimension ref="A1:C${numbers.at(-1)}"/>`);
  expect(xml).toContain('sqref="C4:C6"');
});
