// The Monte Carlo worker: a thin shell around the pure handler in src/workers/protocol.ts.
import { createMonteCarloHandler, type FromWorker } from './protocol';

interface WorkerScope {
  postMessage: (message: FromWorker) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<unknown>) => void) => void;
}

const scope = self as unknown as WorkerScope;
const handle = createMonteCarloHandler({
  post: (message) => scope.postMessage(message),
  // A macrotask between batches lets a cancel or a new run arrive before the next batch.
  schedule: (task) => setTimeout(task, 0),
});
scope.addEventListener('message', (event) => handle(event.data));
