import { UsageError } from "./failure";

/** Parsed command line: the command, positional arguments and --flags (value or boolean). */
export interface Args {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

/** `--name value`, `--name=value`, or a bare `--name` for the flags listed in `booleans`. */
export function parseArgs(argv: readonly string[], booleans: ReadonlySet<string>): Args {
  const [command = "", ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (eq >= 0) flags.set(name, a.slice(eq + 1));
    else if (booleans.has(name)) flags.set(name, true);
    else {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`选项 --${name} 需要一个值`);
      flags.set(name, value);
      i += 1;
    }
  }
  return { command, positional, flags };
}

export function expectFlags(args: Args, allowed: readonly string[]): void {
  for (const name of args.flags.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`命令 ${args.command} 不认识选项 --${name}`);
  }
}
