/*
 * The draw engine's Web Worker: opens, prepares, plans, draws, verifies and saves off the page's
 * thread, so the pane stays responsive and can show progress. Started by spawn.ts.
 */
import { handleInOrder } from "./handle";
import type { EngineReply, EngineRequest } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** A saved workbook's bytes are moved to the page, not copied. */
function transfer(reply: EngineReply): Transferable[] {
  return reply.type === "saved" ? [reply.bytes.buffer as ArrayBuffer] : [];
}

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  const post = (reply: EngineReply) => scope.postMessage(reply, transfer(reply));
  void handleInOrder(request, (fraction, label) => post({ id: request.id, type: "progress", fraction, label })).then(post);
};
