/**
 * The versions of the draw's rules (docs/draw-spec.md §7). Every draw records the id it was made
 * under, and the frame hashes it; verify reads, plans and draws a record again under the rules of
 * its own id, so a workbook drawn before a change keeps verifying after it.
 */
export const ALGORITHMS = ["dr-2026.1", "dr-2026.2"] as const;
export type AlgorithmId = (typeof ALGORITHMS)[number];

/** The rules new draws are made under. */
export const CURRENT_ALGORITHM: AlgorithmId = "dr-2026.2";

export const isAlgorithm = (id: string): id is AlgorithmId => (ALGORITHMS as readonly string[]).includes(id);

/**
 * §7.1 (the yearly cap holds inside a run) belongs to dr-2026.2 but came into the code with version
 * 0.3.0: version 0.2.0 drew dr-2026.2 without it, and its records are verified as they were drawn.
 */
export const capsWithinRun = (id: AlgorithmId, packageVersion: string): boolean => hasRules(id, "dr-2026.2") && packageVersion !== "0.2.0";

/** True when `id`'s rules include those introduced in `since` (ids order by their version). */
export const hasRules = (id: AlgorithmId, since: AlgorithmId): boolean => ALGORITHMS.indexOf(id) >= ALGORITHMS.indexOf(since);
