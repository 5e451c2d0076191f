import ExcelJS from "exceljs";
import type * as NodeFs from "node:fs";
import * as fs from "node:fs";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { notWorkbookMessage, unreadableWorkbookMessage } from "../../src/core";
import { cli, type CliResult } from "./run-cli";

// node:fs cannot be spied on in place; these two are replaceable per test (real by default).
jest.mock("node:fs", () => {
  const real = jest.requireActual<typeof NodeFs>("node:fs");
  return { ...real, readFileSync: jest.fn(real.readFileSync), renameSync: jest.fn(real.renameSync) };
});
const realFs = jest.requireActual<typeof NodeFs>("node:fs");

const dir = mkdtempSync(join(tmpdir(), "dr-fail-"));
const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "assets", "sample.xlsx");
const MESSY = join(ROOT, "assets", "sample-messy.xlsx");
const FILES = join(ROOT, "test", "fixtures", "files");
const SEED = "2026030112345678901234";

/** Exactly one JSON document on stdout, whatever happened. */
function oneJson(r: CliResult): { error?: { code: string; message: string }; [k: string]: unknown } {
  const text = r.stdout.trim();
  expect(text.split("\n")).toHaveLength(1);
  return JSON.parse(text);
}

/** Exit 2 with `code`; the text form gives the message on stderr, the JSON form the error document. */
async function refused(code: string, ...argv: string[]): Promise<string> {
  const text = await cli(...argv);
  expect(text.code).toBe(2);
  expect(text.stdout).toBe("");
  expect(text.stderr).not.toMatch(/\b(ENOENT|EACCES|EISDIR|EPERM|Error|Corrupted|zip)\b/);
  const json = await cli(...argv, "--json");
  expect(json.code).toBe(2);
  const doc = oneJson(json);
  expect(doc.error?.code).toBe(code);
  expect(text.stderr.trim().startsWith(doc.error!.message.split("\n")[0])).toBe(true);
  return doc.error!.message;
}

describe("files that cannot be read: exit 2 and one Chinese message", () => {
  test("a missing file, a missing folder, a folder given as the file", async () => {
    expect(await refused("FILE_NOT_FOUND", "validate", join(dir, "没有这个文件.xlsx"))).toContain("找不到文件");
    expect(await refused("FILE_NOT_FOUND", "draw", join(dir, "没有/这个.xlsx"), "--seed", SEED)).toContain("不存在");
    expect(await refused("NOT_A_FILE", "verify", dir)).toContain("是一个文件夹");
  });

  test("a file the system will not let us read", async () => {
    const path = join(dir, "locked.xlsx");
    copyFileSync(SAMPLE, path);
    jest.mocked(fs.readFileSync).mockImplementation(((p: fs.PathOrFileDescriptor, o?: unknown) => {
      if (p === path) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return realFs.readFileSync(p, o as BufferEncoding);
    }) as typeof fs.readFileSync);
    try {
      expect(await refused("NO_PERMISSION", "validate", path)).toContain("权限");
    } finally {
      jest.mocked(fs.readFileSync).mockImplementation(realFs.readFileSync);
    }
  });

  test.each<[string, string, Parameters<typeof notWorkbookMessage>[0]]>([
    ["an .ods saved by LibreOffice", "template.ods", "ods"],
    ["an .xls saved by LibreOffice", "template.xls", "ole"],
    ["a CSV", "template.csv", "text"],
  ])("%s is named as what it is, with the file page's words", async (_what, file, kind) => {
    for (const command of ["validate", "digest", "quota", "verify"]) {
      expect(await refused("NOT_A_WORKBOOK", command, join(FILES, file))).toBe(notWorkbookMessage(kind, file));
    }
  });

  test("an .xls renamed to .xlsx, a PDF, an empty file", async () => {
    const renamed = join(dir, "改了扩展名.xlsx");
    copyFileSync(join(FILES, "template.xls"), renamed);
    expect(await refused("NOT_A_WORKBOOK", "validate", renamed)).toBe(notWorkbookMessage("ole", "改了扩展名.xlsx"));
    const pdf = join(dir, "计划.pdf");
    writeFileSync(pdf, "%PDF-1.4\n%âãÏÓ\n");
    expect(await refused("NOT_A_WORKBOOK", "validate", pdf)).toBe(notWorkbookMessage("pdf", "计划.pdf"));
    const empty = join(dir, "空.xlsx");
    writeFileSync(empty, "");
    expect(await refused("NOT_A_WORKBOOK", "validate", empty)).toBe(notWorkbookMessage("empty", "空.xlsx"));
  });

  test("a truncated .xlsx and a zip that holds no workbook", async () => {
    const cut = join(dir, "截断.xlsx");
    writeFileSync(cut, readFileSync(SAMPLE).subarray(0, 5000));
    expect(await refused("WORKBOOK_DAMAGED", "validate", cut)).toBe(unreadableWorkbookMessage("截断.xlsx", ""));
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const docx = join(dir, "通知.xlsx");
    writeFileSync(docx, await zip.generateAsync({ type: "uint8array" }));
    expect(["WORKBOOK_DAMAGED", "NOT_A_WORKBOOK"]).toContain(oneJson(await cli("validate", docx, "--json")).error?.code);
  });
});

describe("outputs: never the input, never a half-written file", () => {
  const input = join(dir, "名录.xlsx");
  beforeAll(() => copyFileSync(SAMPLE, input));
  const before = (): Buffer => readFileSync(SAMPLE);

  test.each([
    ["draw", ["--seed", SEED]],
    ["plan", []],
    ["quota", []],
  ])("%s --out <the input> --force is refused, under its own name, a symbolic link and a hard link", async (command, extra) => {
    const symlink = join(dir, `链接-${command}.xlsx`);
    const hardlink = join(dir, `硬链接-${command}.xlsx`);
    symlinkSync(input, symlink);
    linkSync(input, hardlink);
    for (const [from, out] of [
      [input, input],
      [input, symlink],
      [input, hardlink],
      [symlink, input],
      [input, join(dir, ".", "名录.xlsx")],
    ]) {
      expect(await refused("OUTPUT_IS_INPUT", command, from, ...extra, "--out", out, "--force")).toContain("就是输入文件");
      expect(readFileSync(input).equals(before())).toBe(true);
    }
  });

  test("an existing output without --force, a missing output folder, a folder as output, a read-only place", async () => {
    const taken = join(dir, "已有.xlsx");
    writeFileSync(taken, "keep me");
    expect(await refused("OUTPUT_EXISTS", "draw", input, "--seed", SEED, "--out", taken)).toContain("文件已存在");
    expect(readFileSync(taken, "utf8")).toBe("keep me");
    expect(await refused("FOLDER_NOT_FOUND", "plan", input, "--out", join(dir, "没有的文件夹", "计划.xlsx"))).toContain("不存在");
    mkdirSync(join(dir, "一个文件夹.xlsx"));
    expect(await refused("NOT_A_FILE", "template", join(dir, "一个文件夹.xlsx"), "--force")).toContain("文件夹");
    // sysfs refuses new files even to root: a real read-only place on every Linux machine.
    expect(await refused("NO_PERMISSION", "template", "/sys/模板.xlsx")).toContain("权限");
  });

  test("a write that fails half-way leaves neither a partial file nor the temporary one", async () => {
    const out = join(dir, "写一半.xlsx");
    jest.mocked(fs.renameSync).mockImplementation(() => {
      throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
    });
    try {
      expect(await refused("WRITE_FAILED", "template", out)).toContain("磁盘空间不足");
    } finally {
      jest.mocked(fs.renameSync).mockImplementation(realFs.renameSync);
    }
    expect(existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a draw refused for its output has not drawn: the seed is still unused", async () => {
    const taken = join(dir, "已有2.xlsx");
    writeFileSync(taken, "x");
    const r = await cli("draw", input, "--seed", SEED, "--out", taken);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain("已抽取");
  });
});

describe("one contract for every failure", () => {
  test("a usage error is one line that points at --help", async () => {
    for (const argv of [["validate"], ["validate", "a", "b"], ["frobnicate"], ["validate", "x.xlsx", "--seed", "1"], ["draw", SAMPLE], ["draw", SAMPLE, "--seed"]]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("--help");
    }
  });

  test("--json on a usage error is still one JSON document", async () => {
    expect(oneJson(await cli("frobnicate", "--json")).error).toEqual({ code: "USAGE", message: "不认识的命令：frobnicate" });
    expect(oneJson(await cli("draw", SAMPLE, "--json")).error?.code).toBe("USAGE");
  });

  test("--tasks naming no task is an error, not every task", async () => {
    for (const [command, ...extra] of [["digest"], ["draw", "--seed", SEED, "--out", join(dir, "t-draw.xlsx")], ["plan", "--out", join(dir, "t-plan.xlsx")]]) {
      const r = await cli(command, SAMPLE, "--tasks=", ...extra);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--tasks 没有给出任务编号");
      expect(existsSync(join(dir, `t-${command}.xlsx`))).toBe(false);
    }
    expect((await cli("digest", SAMPLE, "--tasks", " ，")).code).toBe(2);
  });

  test("a workbook with errors: exit 1, and with --json one document with the error and the issues", async () => {
    for (const argv of [["draw", MESSY, "--seed", SEED], ["plan", MESSY, "--out", join(dir, "p.xlsx")], ["digest", MESSY]]) {
      const doc = oneJson(await cli(...argv, "--json"));
      expect(doc.error?.code).toBe("WORKBOOK_HAS_ERRORS");
      expect((doc.issues as { severity: string }[]).length).toBeGreaterThan(0);
      expect((doc.issues as { severity: string }[]).every((i) => i.severity === "error")).toBe(true);
      const text = await cli(...argv);
      expect(text.code).toBe(1);
      expect(text.stderr).toContain("  错误  ");
    }
    expect(existsSync(join(dir, "p.xlsx"))).toBe(false);
  });

  test("digest of a workbook with errors prints no digest and nothing to publish", async () => {
    const r = await cli("digest", MESSY);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(/公布(?!；)|[0-9a-f]{64}/);
    expect(r.stderr).toContain("不能公布");
  });

  test("quota on a workbook with errors says so first, and exits 1", async () => {
    const r = await cli("quota", MESSY);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")[0]).toMatch(/^工作簿有 \d+ 个错误/);
    const doc = oneJson(await cli("quota", MESSY, "--json"));
    expect((doc.issues as unknown[]).length).toBeGreaterThan(0);
  });

  test("no message of the command line points at the pane's buttons or steps", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
    const copy = wb.addWorksheet("名录副本");
    wb.getWorksheet("检查对象名录库")!.eachRow((row) => copy.addRow(row.values as unknown[]));
    const path = join(dir, "两个名录.xlsx");
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const outputs = [await cli("validate", path), await cli("draw", SAMPLE, "--seed", " "), await cli("draw", path, "--seed", "短")];
    for (const r of outputs) {
      expect(r.stdout + r.stderr).not.toMatch(/点“|点击|按钮|“数据检查”|“生成”|步骤/);
    }
    expect(outputs[0].stdout).toContain("名录副本");
  });
});
