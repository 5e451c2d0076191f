/*
 * Starts the engine worker. Kept alone in this module because `import.meta.url` is only valid in
 * an ES module build (webpack); client.ts loads it on demand, and only where `Worker` exists.
 * webpack 5 turns `new Worker(new URL(…, import.meta.url))` into a separate same-origin chunk.
 */
export function spawnEngineWorker(): Worker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "draw-engine" });
}
