import { hasRules, type AlgorithmId } from "./algorithm";
import type { Canonical } from "../hash/canonical";
import { canonicalJson } from "../hash/canonical";
import type { Fraction } from "../values/fraction";
import { sha256Hex } from "../hash/digest";
import type { GradeRatios, Inspector, Quantity, Recusal, Rules, Target, Task } from "../model";
import { JsonBytes } from "../hash/json-bytes";
import { HashedJson } from "../hash/hashed-json";
import { targetsInUsccOrder } from "./roster-order";
import type { PriorSelection } from "./eligibility";
import { sortInspectors } from "./teams";
import { FrameIndex, frameIndexV1, inspectorKey, recusalKey, taskKey } from "./frame-index";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An exact decimal string for a ratio ("0.035"); "num/den" when it does not terminate. */
export function fractionText(f: Fraction): string {
  for (let places = 0; places <= 12; places++) {
    const scaled = BigInt(f.num) * 10n ** BigInt(places);
    if (scaled % BigInt(f.den) === 0n) {
      const digits = (scaled / BigInt(f.den)).toString().padStart(places + 1, "0");
      return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    }
  }
  return `${f.num}/${f.den}`;
}

function quantity(q: Quantity): Canonical {
  if (q.kind === "ratio") return { kind: "ratio", ratio: fractionText(q.ratio) };
  if (q.kind === "count") return { kind: "count", count: q.count };
  return { kind: "byGrade" };
}

function grades(g: GradeRatios | null): Canonical {
  if (!g) return null;
  return Object.fromEntries(Object.entries(g).map(([k, f]) => [k, fractionText(f as Fraction)]));
}

/** A target as the frame holds it; dr-2026.2 adds its 企业类型 (scopes may name sub-types). */
const targetFrame = (t: Target, v2: boolean): Canonical => ({
  uscc: t.uscc,
  name: t.name,
  industry: t.industry,
  ...(v2 ? { subtype: t.subtype ?? "" } : {}),
  risk: t.risk,
  area: t.area,
  key: t.key,
  status: t.status,
  checksThisYear: t.checksThisYear,
});

const inspectorFrame = (p: Inspector): Canonical => ({
  cert: p.cert,
  name: p.name,
  department: p.department,
  fields: [...p.fields].sort(cmp),
  expert: p.expert,
  status: p.status,
  certExpiry: p.certExpiry,
});

/**
 * A task as the frame holds it. dr-2026.2 adds what its resolution decided and the draw depends on:
 * the department seats (each slot's roster departments), the partners that send their own officers,
 * and the 企业类型 the scope keeps.
 */
const taskFrame = (t: Task, v2: boolean): Canonical => ({
  ...(v2
    ? {
        seats: (t.seats ?? []).map((g) => ({ label: g.label, departments: [...g.departments].sort(cmp) })).sort((a, b) => cmp(a.label, b.label)),
        selfStaffed: [...(t.selfStaffed ?? [])].sort(cmp),
        partnerMatters: [...(t.partnerMatters ?? [])],
      }
    : {}),
  code: t.code,
  name: t.name,
  planCode: t.planCode,
  planName: t.planName,
  type: t.type,
  jointType: t.jointType,
  initiator: t.initiator,
  partners: [...t.partners].sort(cmp),
  scope: {
    industries: [...t.scope.industries].sort(cmp),
    areas: [...t.scope.areas].sort(cmp),
    key: t.scope.key,
    ...(v2 ? { subtypes: Object.fromEntries(Object.entries(t.scope.subtypes ?? {}).map(([k, v]) => [k, [...v].sort(cmp)])) } : {}),
  },
  quantity: quantity(t.quantity),
  gradeRatios: grades(t.gradeRatios),
  minPerIndustry: t.minPerIndustry,
  matters: [...t.matters].sort(cmp),
  start: t.start,
  end: t.end,
  teamSize: t.teamSize,
  needExpert: t.needExpert,
});

const rulesFrame = (r: Rules, v2: boolean): Canonical => ({
  ...(v2 ? { mattersBound: r.mattersBound ?? false } : {}),
  coverageMin: fractionText(r.coverageMin),
  creditShareMin: fractionText(r.creditShareMin),
  jointShareMin: fractionText(r.jointShareMin),
  jointPerIndustryMin: r.jointPerIndustryMin,
  internalJointPerQuarterMin: r.internalJointPerQuarterMin,
  teamMin: r.teamMin,
  yearlyCapPerTarget: r.yearlyCapPerTarget,
  disclosureDays: r.disclosureDays,
  disclosureUnit: r.disclosureUnit,
  inspectorLoadCap: r.inspectorLoadCap,
  rounding: r.rounding,
  authority: r.authority,
});

export interface FrameInput {
  algorithm: AlgorithmId;
  targets: readonly Target[];
  inspectors: readonly Inspector[];
  recusals: readonly Recusal[];
  tasks: readonly Task[];
  rules: Rules;
  prior: readonly PriorSelection[];
}

/**
 * The canonical frame (docs/draw-spec.md §2): every value the draw reads, records sorted by key, so
 * row order, blank rows, column order, extra columns and formatting never change it.
 */
export function buildFrame(input: FrameInput): Canonical {
  const v2 = hasRules(input.algorithm, "dr-2026.2");
  return {
    algorithm: input.algorithm,
    targets: [...input.targets].sort((a, b) => cmp(a.uscc, b.uscc)).map((t) => targetFrame(t, v2)),
    inspectors: sortInspectors(input.inspectors).map(inspectorFrame),
    recusals: sortedRecusals(input.recusals),
    tasks: [...input.tasks].sort((a, b) => cmp(a.code, b.code)).map((t) => taskFrame(t, v2)),
    rules: rulesFrame(input.rules, v2),
    prior: [...input.prior]
      .sort((a, b) => cmp(a.year, b.year) || cmp(a.uscc, b.uscc))
      .map((p) => ({ year: p.year, uscc: p.uscc, count: p.count })),
  };
}

/** SHA-256 of the canonical JSON of a frame built by buildFrame (the reference; plans use frameSummary). */
export function frameDigest(frame: Canonical): string {
  return sha256Hex(canonicalJson(frame));
}


const sortedRecusals = (list: readonly Recusal[]): { inspector: string; target: string }[] =>
  list.map((r) => ({ inspector: r.inspector, target: r.target })).sort((a, b) => cmp(a.inspector, b.inspector) || cmp(a.target, b.target));

const str = JSON.stringify;

/** canonicalJson(inspectorFrame(p)) as UTF-8 bytes, keys in sorted order, without the string. */
function writeInspector(p: Inspector, out: JsonBytes): void {
  out.raw('{"cert":').string(p.cert).raw(',"certExpiry":');
  if (p.certExpiry === null) out.raw("null");
  else out.string(p.certExpiry);
  out.raw(',"department":').string(p.department).raw(',"expert":').bool(p.expert).raw(',"fields":[');
  const fields = p.fields.length < 2 ? p.fields : [...p.fields].sort(cmp);
  for (let i = 0; i < fields.length; i++) (i ? out.raw(",") : out).string(fields[i]);
  out.raw('],"name":').string(p.name).raw(',"status":').string(p.status).raw("}");
}

/** canonicalJson(targetFrame(t, v2)) as UTF-8 bytes, keys in sorted order, without the string. */
function writeTarget(t: Target, out: JsonBytes, v2: boolean): void {
  out.raw('{"area":').string(t.area).raw(',"checksThisYear":').int(t.checksThisYear).raw(',"industry":').string(t.industry);
  out.raw(',"key":').bool(t.key).raw(',"name":').string(t.name).raw(',"risk":').string(t.risk);
  out.raw(',"status":').string(t.status);
  if (v2) out.raw(',"subtype":').string(t.subtype ?? "");
  out.raw(',"uscc":').string(t.uscc).raw("}");
}

export interface FrameSummary {
  /** SHA-256 of the canonical frame (docs/draw-spec.md §2). */
  digest: string;
  /** Bucketed fingerprint of the same records, format FRAME_INDEX_VERSION (frame-index.ts). */
  index: Record<string, string>;
}

/**
 * The frame digest and the frame index in one pass: each record's canonical JSON is written and
 * encoded once, then fed to the digest and to its bucket of the index. Neither the frame nor its
 * JSON is ever held whole. Equal to frameDigest(buildFrame(input)) and frameIndex(buildFrame(input)).
 */
export function frameSummary(input: FrameInput): FrameSummary {
  const v2 = hasRules(input.algorithm, "dr-2026.2");
  const inspectors = sortInspectors(input.inspectors);
  const prior = [...input.prior].sort((a, b) => cmp(a.year, b.year) || cmp(a.uscc, b.uscc));
  const recusals = sortedRecusals(input.recusals);
  const targets = targetsInUsccOrder(input.targets);
  const tasks = [...input.tasks].sort((a, b) => cmp(a.code, b.code));
  const taskJson = tasks.map((t) => canonicalJson(taskFrame(t, v2)));
  const rulesJson = canonicalJson(rulesFrame(input.rules, v2));

  // The frame's bytes are written once, each record's slice fingerprinted for the index where it lies.
  const out = new HashedJson();
  const index = new FrameIndex();
  /** Records comma-separated in the digest; keyed ones also to the index. */
  const feed = <T>(items: readonly T[], json: (item: T) => string, key: ((item: T) => string) | null): void => {
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out.raw(",");
      const start = out.length;
      out.utf8(json(items[i]));
      if (key) index.add(key(items[i]), out.bytes, start, out.length);
      out.drain();
    }
  };
  /** Records that only the index takes (the digest has them elsewhere, in one piece). */
  const scratch = new JsonBytes();
  const indexOnly = (key: string, text: string): void => {
    scratch.reset().utf8(text);
    index.add(key, scratch.bytes, 0, scratch.length);
  };

  // The digest takes the frame's keys in sorted order (algorithm, inspectors, prior, recusals,
  // rules, targets, tasks); the index takes its records in any order.
  out.utf8(`{"algorithm":${str(input.algorithm)},"inspectors":[`);
  for (let i = 0; i < inspectors.length; i++) {
    if (i > 0) out.raw(",");
    const start = out.length;
    writeInspector(inspectors[i], out);
    index.add(inspectorKey(inspectors[i]), out.bytes, start, out.length);
    out.drain();
  }
  tasks.forEach((t, i) => indexOnly(taskKey(t), taskJson[i]));
  indexOnly("rules", rulesJson);
  out.raw(`],"prior":[`);
  feed(prior, (p) => canonicalJson({ year: p.year, uscc: p.uscc, count: p.count }), null);
  out.raw(`],"recusals":[`);
  feed(recusals, (r) => canonicalJson(r), recusalKey);
  out.raw(`],"rules":`).utf8(rulesJson).raw(`,"targets":[`);
  // Targets, the bulk of the frame.
  for (let i = 0; i < targets.length; i++) {
    if (i > 0) out.raw(",");
    const start = out.length;
    const t = targets[i];
    writeTarget(t, out, v2);
    index.addTarget(t.uscc, out.bytes, start, out.length);
    out.drain();
  }
  out.raw(`],"tasks":[`).utf8(taskJson.join(",")).raw("]}");
  return { digest: out.digestHex(), index: index.finish() };
}

/** The frame index in format 1, for verifying records written before format 2 (builds the whole frame). */
export function frameIndexV1Of(input: FrameInput): Record<string, string> {
  return frameIndexV1(buildFrame(input));
}
