import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FLAGS as digest } from "../../src/cli/commands/digest";
import { FLAGS as draw } from "../../src/cli/commands/draw";
import { FLAGS as plan } from "../../src/cli/commands/plan";
import { FLAGS as quota } from "../../src/cli/commands/quota";
import { FLAGS as template } from "../../src/cli/commands/template";
import { FLAGS as validate } from "../../src/cli/commands/validate";
import { FLAGS as verify } from "../../src/cli/commands/verify";
import { USAGE } from "../../src/cli/main";

const ACCEPTED: Record<string, readonly string[]> = { validate, digest, draw, verify, plan, quota, template };
const CLI_DOC = readFileSync(join(__dirname, "..", "..", "docs", "cli.md"), "utf8");

/** The lines of a text that describe `command`, from its first mention to the next command's. */
function block(text: string, command: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.includes(`double-random ${command} `));
  if (start < 0) return "";
  const end = lines.findIndex((l, i) => i > start && /double-random (validate|digest|draw|verify|plan|quota|template)\b/.test(l) && !l.includes(`double-random ${command} `));
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

describe("every option a command accepts is in the usage text and in docs/cli.md", () => {
  test.each(Object.entries(ACCEPTED))("%s", (command, flags) => {
    const usage = block(USAGE, command);
    const synopsis = block(CLI_DOC.slice(CLI_DOC.indexOf("```")), command);
    for (const flag of flags) {
      expect(usage).toContain(`--${flag}`);
      expect(synopsis).toContain(`--${flag}`);
    }
  });
});
