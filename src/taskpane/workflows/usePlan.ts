import { errorMessage } from "../../core";
import { useEffect, useMemo, useState } from "react";
import type { PrepareView } from "../engine/protocol";
import type { AppServices } from "../services";
import { engineOptions, type Loaded } from "./useWorkbook";

export type PlanState =
  | { phase: "empty" }
  | { phase: "computing"; previous: PrepareView | null }
  | { phase: "ready"; view: PrepareView; tasks: string[] | undefined }
  | { phase: "failed"; message: string };

type Answer = { loaded: Loaded; key: string } & ({ view: PrepareView } | { message: string });

/**
 * Step 2's plan for the ticked tasks. Every task ticked = the workbook's own check (no work, and
 * the same digest as `double-random digest` without --tasks); otherwise prepared in the engine.
 */
export function usePlan(services: AppServices, loaded: Loaded | null, unticked: ReadonlySet<string>): PlanState {
  const tasks = useMemo(() => {
    if (!loaded || unticked.size === 0) return undefined;
    return loaded.view.allTasks.map((t) => t.code).filter((code) => !unticked.has(code));
  }, [loaded, unticked]);
  const key = tasks ? tasks.join("\u0000") : "";
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!loaded || !tasks || tasks.length === 0) return;
    let cancelled = false;
    services.engine.prepare(loaded.sheets, engineOptions(loaded, tasks)).then(
      (view) => {
        if (!cancelled) setAnswer({ loaded, key, view });
      },
      (e: unknown) => {
        if (!cancelled) setAnswer({ loaded, key, message: errorMessage(e) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [services, loaded, tasks, key]);

  if (!loaded) return { phase: "computing", previous: null };
  if (!tasks) return { phase: "ready", view: loaded.view, tasks: undefined };
  if (tasks.length === 0) return { phase: "empty" };
  if (answer && answer.loaded === loaded && answer.key === key) {
    return "view" in answer ? { phase: "ready", view: answer.view, tasks } : { phase: "failed", message: answer.message };
  }
  return { phase: "computing", previous: answer && "view" in answer ? answer.view : loaded.view };
}
