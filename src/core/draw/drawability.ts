import type { Issue } from "../issue";

/** Warnings of the plan that mean the seed decides whether the draw can finish (docs/draw-spec.md §7.1, §5). */
export const SEED_DEPENDENT = ["STRATUM_MAY_RUN_SHORT", "LOAD_CAP_MAY_BIND"] as const;

/**
 * Whether a planned workbook can be drawn, from the plan's issues (reading included): `blocked`
 * when there is an error; `uncertain` when a sound check before the seed cannot promise that every
 * stratum fills and every team forms (the draw then stops without writing if the seed is unlucky);
 * `drawable` otherwise.
 */
export type Drawability = { verdict: "drawable"; reasons: [] } | { verdict: "uncertain" | "blocked"; reasons: Issue[] };

export function drawability(issues: readonly Issue[]): Drawability {
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0) return { verdict: "blocked", reasons: errors };
  const uncertain = issues.filter((i) => (SEED_DEPENDENT as readonly string[]).includes(i.code));
  return uncertain.length > 0 ? { verdict: "uncertain", reasons: uncertain } : { verdict: "drawable", reasons: [] };
}
