/*
 * The draw engine's Web Worker: prepare, plan sheets, draw and verify off the page's thread, so
 * the pane stays responsive and can show progress. Started by spawn.ts.
 */
import { handle } from "./handle";
import type { EngineReply, EngineRequest } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  const post = (reply: EngineReply) => scope.postMessage(reply);
  post(handle(request, (fraction, label) => post({ id: request.id, type: "progress", fraction, label })));
};
