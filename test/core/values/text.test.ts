import { splitList } from "../../../src/core/values/text";

describe("splitList", () => {
  test.each([
    ["", []],
    ["   ", []],
    ["危险化学品", ["危险化学品"]],
    [" 工贸 ", ["工贸"]],
    ["危险化学品、工贸", ["危险化学品", "工贸"]],
    ["非煤矿山,, 工贸 ;", ["非煤矿山", "工贸"]],
    ["煤矿；烟花爆竹", ["煤矿", "烟花爆竹"]],
    ["煤矿／工贸", ["煤矿", "工贸"]],
    ["煤矿\n工贸\r\n危险化学品", ["煤矿", "工贸", "危险化学品"]],
    ["、", []],
  ])("%p → %p", (input, expected) => {
    expect(splitList(input)).toEqual(expected);
  });
});
