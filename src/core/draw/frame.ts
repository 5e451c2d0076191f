import type { Canonical } from "../canonical";
import { canonicalJson } from "../canonical";
import type { Fraction } from "../fraction";
import { sha256Hex } from "../hash";
import type { GradeRatios, Inspector, Quantity, Recusal, Rules, Target, Task } from "../model";
import type { PriorSelection } from "./eligibility";

export const ALGORITHM = "dr-2026.1";

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

const targetFrame = (t: Target): Canonical => ({
  uscc: t.uscc,
  name: t.name,
  industry: t.industry,
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

const taskFrame = (t: Task): Canonical => ({
  code: t.code,
  name: t.name,
  planCode: t.planCode,
  planName: t.planName,
  type: t.type,
  jointType: t.jointType,
  initiator: t.initiator,
  partners: [...t.partners].sort(cmp),
  scope: { industries: [...t.scope.industries].sort(cmp), areas: [...t.scope.areas].sort(cmp), key: t.scope.key },
  quantity: quantity(t.quantity),
  gradeRatios: grades(t.gradeRatios),
  minPerIndustry: t.minPerIndustry,
  matters: [...t.matters].sort(cmp),
  start: t.start,
  end: t.end,
  teamSize: t.teamSize,
  needExpert: t.needExpert,
});

const rulesFrame = (r: Rules): Canonical => ({
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
  targets: readonly Target[];
  inspectors: readonly Inspector[];
  recusals: readonly Recusal[];
  tasks: readonly Task[];
  rules: Rules;
  prior: readonly PriorSelection[];
}

/**
 * The canonical frame (DRAW-SPEC.md §2): every value the draw reads, records sorted by key, so
 * row order, blank rows, column order, extra columns and formatting never change it.
 */
export function buildFrame(input: FrameInput): Canonical {
  const inspectorKey = (p: Inspector): string => `${p.cert}\u0000${p.name}`;
  return {
    algorithm: ALGORITHM,
    targets: [...input.targets].sort((a, b) => cmp(a.uscc, b.uscc)).map(targetFrame),
    inspectors: [...input.inspectors].sort((a, b) => cmp(inspectorKey(a), inspectorKey(b))).map(inspectorFrame),
    recusals: [...input.recusals]
      .map((r) => ({ inspector: r.inspector, target: r.target }))
      .sort((a, b) => cmp(a.inspector, b.inspector) || cmp(a.target, b.target)),
    tasks: [...input.tasks].sort((a, b) => cmp(a.code, b.code)).map(taskFrame),
    rules: rulesFrame(input.rules),
    prior: [...input.prior]
      .sort((a, b) => cmp(a.year, b.year) || cmp(a.uscc, b.uscc))
      .map((p) => ({ year: p.year, uscc: p.uscc, count: p.count })),
  };
}

export function frameDigest(frame: Canonical): string {
  return sha256Hex(canonicalJson(frame));
}
