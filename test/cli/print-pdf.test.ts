import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./run-cli";

/**
 * The written workbook opens in LibreOffice and prints: converted headless to PDF (Debian
 * libreoffice-calc and poppler-utils, installed by .ci/run), every output table is on its pages.
 */
describe("print: LibreOffice converts the draw's workbook to PDF", () => {
  const dir = mkdtempSync(join(tmpdir(), "dr-pdf-"));
  const out = join(dir, "抽取.xlsx");

  test("the PDF has the plan tables, result, quota report, disclosure and record", async () => {
    const r = await cli("draw", join(__dirname, "..", "..", "assets", "sample.xlsx"), "--seed", "2026030112345678901234", "--out", out);
    expect(r.code).toBe(0);
    execFileSync("libreoffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out], { timeout: 180_000, stdio: "pipe" });
    const pdf = readdirSync(dir).find((f) => f.endsWith(".pdf"));
    expect(pdf).toBeDefined();
    const path = join(dir, pdf!);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path]).toString())![1]);
    expect(pages).toBeGreaterThan(20);
    const text = execFileSync("pdftotext", ["-layout", path, "-"]).toString();
    for (const title of [
      "包头市应急管理局2026年度部门内部“双随机、一公开”抽查计划",
      "包头市应急管理局2026年度部门联合“双随机、一公开”抽查计划表",
      "包头市应急管理局2026年度随机抽查工作计划",
      "包头市应急管理局2026年度“双随机、一公开”抽取结果",
      "包头市应急管理局2026年度“双随机、一公开”配额核验",
      "包头市应急管理局2026年度“双随机、一公开”抽查结果公示",
      "包头市应急管理局2026年度“双随机、一公开”抽取记录",
    ]) {
      expect(text).toContain(title);
    }
  }, 240_000);
});
