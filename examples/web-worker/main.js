// The page side of the web worker example: starts the worker, sends a report, shows the triage.
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });

/** Assesses `report` in the worker. */
export function assessInWorker(report) {
  return new Promise((resolve) => {
    worker.addEventListener("message", (event) => resolve(event.data), { once: true });
    worker.postMessage(report);
  });
}
