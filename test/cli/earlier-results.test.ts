import { join } from "node:path";
import { cli } from "./run-cli";

/** Workbooks drawn by earlier versions (test/fixtures/results/README.md): they verify at every commit. */
const FIXTURES = join(__dirname, "..", "fixtures", "results");

describe("results drawn by earlier versions keep verifying", () => {
  const V010 = "87791568d48beb35165207ebc5c71547a70c6d71525619e36a6129409b08674b";
  const V020 = "aa43049da4d967e72eefff493f1c53af00b5f8c119c2d6b0b6d4dde164fd5f4d";
  test.each([
    ["sample-v0.1.0-dr-2026.1.xlsx", V010],
    ["sample-v0.1.0-dr-2026.1-libreoffice.xlsx", V010],
    // Drawn before the yearly cap held inside a run (§7.1): verified as drawn, not re-drawn under today's rules.
    ["sample-v0.2.0-dr-2026.2.xlsx", V020],
    ["sample-v0.2.0-dr-2026.2-libreoffice.xlsx", V020],
  ])("%s", async (file, frameDigest) => {
    const r = await cli("verify", join(FIXTURES, file), "--json");
    const report = JSON.parse(r.stdout);
    expect(report.differences).toEqual([]);
    expect(report).toMatchObject({ ok: true, frameDigest });
    expect(r.code).toBe(0);
  }, 60_000);
});
