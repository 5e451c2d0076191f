import { stringsFor } from "../../src/taskpane/i18n";
import { pickLanguage } from "../../src/taskpane/strings";
import { en } from "../../src/taskpane/strings.en";
import { zh } from "../../src/taskpane/strings.zh";
import { CJK_FONT_STACK, appTheme } from "../../src/taskpane/theme";

describe("UI language", () => {
  test.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["zh-Hans-CN", "zh"],
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["en", "en"],
    ["fr-FR", "zh"],
    ["", "zh"],
    [undefined, "zh"],
    [null, "zh"],
  ])("%s → %s", (tag, language) => {
    expect(pickLanguage(tag)).toBe(language);
  });

  test("each language has its own full table", () => {
    expect(stringsFor("zh-CN")).toBe(zh);
    expect(stringsFor("en-US")).toBe(en);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(en.kinds).sort()).toEqual(Object.keys(zh.kinds).sort());
    expect(Object.keys(en.checkErrors).sort()).toEqual(Object.keys(zh.checkErrors).sort());
    expect(zh.openWorkbook).toBe("打开工作簿");
    expect(zh.onlyErrors).toBe("只看错误");
    expect(zh.sample).toBe("示例");
  });

  test("the theme's base font stack has CJK faces", () => {
    expect(appTheme.fontFamilyBase).toBe(CJK_FONT_STACK);
    for (const face of ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC"]) {
      expect(CJK_FONT_STACK).toContain(`'${face}'`);
    }
  });
});
