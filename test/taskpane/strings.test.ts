import { attemptText, type Attempt } from "../../src/core/draw/attempts";
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

  /** Every key path of a table, nested objects included ("checkErrors.read-failed"). */
  function paths(table: object, prefix = ""): string[] {
    return Object.entries(table).flatMap(([key, value]) =>
      value !== null && typeof value === "object" ? paths(value as object, `${prefix}${key}.`) : [`${prefix}${key}:${typeof value}`],
    );
  }

  test("each language has its own full table", () => {
    expect(stringsFor("zh-CN")).toBe(zh);
    expect(stringsFor("en-US")).toBe(en);
    expect(paths(en).sort()).toEqual(paths(zh).sort());
    for (const table of [zh, en]) {
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === "string") expect({ key, empty: value.trim() === "" }).toEqual({ key, empty: false });
      }
    }
    expect(zh.openWorkbook).toBe("打开工作簿");
    expect(zh.onlyErrors).toBe("只看错误");
    expect(zh.sample).toBe("示例");
  });

  test("the names tests and clerks rely on", () => {
    expect([zh.next, zh.back, zh.seedLabel, zh.operatorLabel, zh.start, zh.download, zh.verify, zh.generate]).toEqual([
      "下一步", "上一步", "随机种子", "操作人", "开始抽取", "下载结果", "核验", "生成",
    ]);
    expect(zh.writeAnnouncement).toBe("写出抽取公告");
    expect(zh.stepHeading(2, zh.stepNames.prepare)).toBe("第 2 步：抽取准备");
    expect(Object.values(zh.stepNames)).toEqual(["数据检查", "抽取准备", "抽取", "结果"]);
  });

  test("the seed hint says what counts in a seed: letter case does, white space does not, full-width is half-width (docs/draw-spec.md §3)", () => {
    expect(zh.seedHint).toContain("区分大小写");
    expect(zh.seedHint).toContain("abc 与 ABC 是不同的种子");
    expect(zh.seedHint).toContain("空格、换行等空白会被去掉");
    expect(zh.seedHint).toContain("全角字母、数字和连字符按半角计");
    expect(en.seedHint).toContain("Letter case counts");
    expect(en.seedHint).toContain("abc and ABC are different seeds");
    expect(en.seedHint).toContain("spaces and line breaks are removed");
    expect(en.seedHint).toContain("full-width letters, digits and hyphens count as their ASCII forms");
  });

  test("the English table is English (no Chinese outside the names of the Chinese registers)", () => {
    const allowed = /[（(][^)）]*[\u4e00-\u9fff][^)）]*[)）]|“[^”]*”|抽取结果|抽取公告/g;
    const texts = [en.appTitle, en.intro, en.seedHint, en.digestHint, en.teamFailedAdvice, en.voidWarning, en.voidReasonHint, ...Object.values(en.progress), ...Object.values(en.verdicts), ...Object.values(en.stepNames)];
    for (const text of texts) expect(text.replace(allowed, "")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test("an attempt reads in the pane as the core writes it in 抽取结果 and verify's report; the 作废 warning says what 作废 means", () => {
    const base: Attempt = { number: 1, line: 0, time: "2026-03-01T09:30:00+08:00", operator: "张三", seed: "1".repeat(20), frameDigest: "a".repeat(64), resultDigest: "0123456789abcdef".repeat(4), kept: true, voided: null };
    const attempts: Attempt[] = [
      base,
      { ...base, number: 2, operator: "" },
      { ...base, number: 3, voided: { time: "2026-03-02T10:00:00+08:00", operator: "", reason: "见证人到场前误抽", line: 3 } },
      { ...base, number: 4, kept: false },
    ];
    for (const a of attempts) expect(zh.attempt(a)).toBe(attemptText(a));
    expect(en.attempt(attempts[2])).toBe("Attempt 3, 2026-03-01T09:30:00+08:00, 张三: void (2026-03-02T10:00:00+08:00, no operator: 见证人到场前误抽), result digest 0123456789ab…");
    expect(zh.voidWarning).toBe("作废不能撤销；该次抽取的工作表和记录都保留；此后不再计入同一对象年度抽查上限和配额核验。");
    expect(zh.voidAttemptLabel(1).startsWith(zh.voidAttempt)).toBe(true);
    expect(en.voidAttemptLabel(1).startsWith(en.voidAttempt)).toBe(true);
  });

  test("the theme's base font stack has CJK faces", () => {
    expect(appTheme.fontFamilyBase).toBe(CJK_FONT_STACK);
    for (const face of ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC"]) {
      expect(CJK_FONT_STACK).toContain(`'${face}'`);
    }
  });
});
