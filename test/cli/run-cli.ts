import { run } from "../../src/cli/main";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, capturing what it prints. */
export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { out: (t) => (stdout += t + "\n"), err: (t) => (stderr += t + "\n") });
  return { code, stdout, stderr };
}
