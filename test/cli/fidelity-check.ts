/*
 * The rule of issue #18, shared by the CLI and file-page fidelity tests: every part of the input
 * comes out byte for byte, except the parts that register the new sheets (content types, the
 * workbook, its relationships, app/core properties) and styles / shared strings, which may only
 * gain entries at the end of each list. The workbook's part names are taken from the package
 * (root and workbook relationships), so books that do not use the usual names are checked the same.
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { cli } from "./run-cli";

export const SEED = "2026 0301 1234 5678 9012 34";

interface Rel {
  type: string;
  target: string;
}

function rels(xml: string | undefined): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)].map((m) => ({
    type: /\bType\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? "",
    target: /\bTarget\s*=\s*"([^"]*)"/.exec(m[1])?.[1] ?? "",
  }));
}

function resolve(dir: string, target: string): string {
  const out: string[] = [];
  for (const seg of (target.startsWith("/") ? target.slice(1) : dir + target).split("/")) {
    if (seg === "..") out.pop();
    else if (seg && seg !== ".") out.push(seg);
  }
  return out.join("/");
}

const relsOf = (part: string): string => part.replace(/([^/]*)$/, "_rels/$1.rels");

/** Which parts of this package may change when sheets are added, and how. */
export function allowedChanges(input: Uint8Array): { workbook: string; registering: Set<string>; appendOnly: Set<string> } {
  const parts = unzipSync(input);
  const text = (name: string): string | undefined => (parts[name] ? strFromU8(parts[name]) : undefined);
  const root = rels(text("_rels/.rels"));
  const workbook = resolve("", root.find((r) => r.type.endsWith("/officeDocument"))!.target);
  const dir = workbook.slice(0, workbook.lastIndexOf("/") + 1);
  const registering = new Set(["[Content_Types].xml", workbook, relsOf(workbook)]);
  for (const r of root) if (/\/(extended-properties|core-properties|metadata\/core-properties)$/.test(r.type)) registering.add(resolve("", r.target));
  const appendOnly = new Set<string>();
  for (const r of rels(text(relsOf(workbook)))) if (/\/(styles|sharedStrings)$/.test(r.type)) appendOnly.add(resolve(dir, r.target));
  return { workbook, registering, appendOnly };
}

/** The children of each list of styles.xml (or the <si> of shared strings), as raw XML. */
function lists(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?(numFmts|fonts|fills|borders|cellStyleXfs|cellXfs|cellStyles|dxfs|sst)\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?\1>)/g)) out.set(m[1], m[2] ?? "");
  return out;
}

/** Checks the rule; returns the input parts that changed. */
export function checkParts(input: Uint8Array, output: Uint8Array): string[] {
  const { workbook, registering, appendOnly } = allowedChanges(input);
  const a = unzipSync(input);
  const b = unzipSync(output);
  const changed: string[] = [];
  for (const [name, bytes] of Object.entries(a)) {
    expect([name, b[name] !== undefined]).toEqual([name, true]);
    if (Buffer.compare(Buffer.from(bytes), Buffer.from(b[name])) === 0) continue;
    changed.push(name);
    if (appendOnly.has(name)) {
      const before = lists(strFromU8(bytes));
      const after = lists(strFromU8(b[name]));
      for (const [list, inner] of before) expect([name, list, after.get(list)?.startsWith(inner)]).toEqual([name, list, true]);
    } else expect([...registering]).toContain(name);
  }
  // The workbook keeps every sheet entry and defined name it had.
  const wbBefore = strFromU8(a[workbook]);
  const wbAfter = strFromU8(b[workbook]);
  for (const m of wbBefore.matchAll(/<(?:\w+:)?sheet [^>]*\/>|<(\w+:)?definedName [^>]*>[^<]*<\/\1?definedName>/g)) expect(wbAfter).toContain(m[0]);
  return changed;
}

/** Draws on `input` through the CLI into `out`, checks the parts and that verify passes. */
export async function drawOn(input: string, out: string): Promise<{ out: string; changed: string[] }> {
  const r = await cli("draw", input, "--seed", SEED, "--operator", "张三", "--out", out, "--json");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const changed = checkParts(readFileSync(input), readFileSync(out));
  await expectVerified(out);
  return { out, changed };
}

export async function expectVerified(book: string): Promise<void> {
  const v = await cli("verify", book, "--json");
  expect([book, v.code]).toEqual([book, 0]);
  expect(JSON.parse(v.stdout).ok).toBe(true);
}

/** The sheet names docProps/app.xml lists (TitlesOfParts), or null when it has no such list. */
export function appTitles(book: Uint8Array): string[] | null {
  const app = unzipSync(book)["docProps/app.xml"];
  if (!app) return null;
  const titles = /<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(strFromU8(app));
  return titles ? [...titles[1].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]) : null;
}
