import type { Target, Task, WorkbookReading } from "../model";
import type { DrawPlan } from "../draw/plan";
import type { DrawRecord } from "../draw/record";
import { targetLookup } from "../draw/roster-order";
import type { DisclosureCheck } from "./disclosure";

export interface QuotaInput {
  reading: WorkbookReading;
  plan: DrawPlan;
  /** Kept draws of the workbook including the current one; empty before the draw. */
  draws: readonly DrawRecord[];
  disclosure: DisclosureCheck | null;
}

/** A drawn target with the task that drew it. */
export interface Drawn {
  task: Task;
  target: Target;
}

/** What every quota rule reads: the input, and what it comes to before or after the draw. */
export interface QuotaContext extends QuotaInput {
  /** True once there is a kept draw: rules judge what was drawn, not what is planned. */
  after: boolean;
  /** The drawn targets of the kept draws (current one included), task by task. */
  drawn: Drawn[];
  /** The planned count over the tasks of this run. */
  planned: number;
  /** Appended to figures made before the draw. */
  stage: string;
}

export function quotaContext(input: QuotaInput): QuotaContext {
  const after = input.draws.length > 0;
  return {
    ...input,
    after,
    drawn: drawnOf(input),
    planned: input.plan.tasks.reduce((a, t) => a + t.take, 0),
    stage: after ? "" : "（抽取前，按应抽数）",
  };
}

function drawnOf(input: QuotaInput): Drawn[] {
  const targets = targetLookup(input.reading.targets);
  const tasks = new Map(input.reading.tasks.map((t) => [t.code, t]));
  const out: Drawn[] = [];
  for (const d of input.draws) {
    for (const rt of d.tasks) {
      const task = tasks.get(rt.code);
      for (const s of rt.selected) {
        const target = targets.get(s.id);
        if (task && target) out.push({ task, target });
      }
    }
  }
  return out;
}

export const isJoint = (t: Task): boolean => t.jointType === "跨部门联合";
