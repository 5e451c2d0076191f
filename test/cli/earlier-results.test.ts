import { join } from "node:path";
import { cli } from "./run-cli";

/** Workbooks drawn by earlier versions (test/fixtures/results/README.md): they verify at every commit. */
const FIXTURES = join(__dirname, "..", "fixtures", "results");

describe("results drawn by earlier versions keep verifying", () => {
  test.each(["sample-v0.1.0-dr-2026.1.xlsx", "sample-v0.1.0-dr-2026.1-libreoffice.xlsx"])("%s", async (file) => {
    const r = await cli("verify", join(FIXTURES, file), "--json");
    const report = JSON.parse(r.stdout);
    expect(report.differences).toEqual([]);
    expect(report).toMatchObject({ ok: true, frameDigest: "87791568d48beb35165207ebc5c71547a70c6d71525619e36a6129409b08674b" });
    expect(r.code).toBe(0);
  }, 60_000);
});
