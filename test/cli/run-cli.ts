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

/**
 * Runs `f` with the clock reading `day` (10:00 in China): the command line reads today's date from
 * the clock and hands it to the core, so faking Date (and nothing else) fixes "today" for commands.
 */
export async function onDay<T>(day: string, f: () => Promise<T>): Promise<T> {
  const others = ["hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] as const;
  jest.useFakeTimers({ doNotFake: [...others], now: new Date(`${day}T10:00:00+08:00`) });
  try {
    return await f();
  } finally {
    jest.useRealTimers();
  }
}
