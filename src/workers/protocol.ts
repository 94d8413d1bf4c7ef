import { createRunner, tornado, tornadoSummary, type McRunner, type McSummary, type ModelData, type Settings, type TornadoSummary } from '../model';

// The Monte Carlo worker's messages and pure handler (the same in a Worker, the main thread or a test).
// A run answers 'tornado', 'progress' per batch, then 'done'; it yields between batches for a cancel.

export type ToWorker =
  | { type: 'run'; runId: number; data: ModelData; settings: Settings; batchSize?: number }
  | { type: 'cancel'; runId: number };

export type FromWorker =
  | { type: 'tornado'; runId: number; tornado: TornadoSummary }
  | { type: 'progress' | 'done'; runId: number; summary: McSummary }
  | { type: 'cancelled'; runId: number }
  /** `runId` is null when the message itself could not be read. */
  | { type: 'error'; runId: number | null; message: string };

export const MIN_BATCH = 1000;
/** Batches per run when no batch size is given: progress is shown about ten times. */
export const BATCHES = 10;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isRunId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Why a message to the worker cannot be used, or null when it is a valid ToWorker. */
export function toWorkerProblem(msg: unknown): string | null {
  if (!isObject(msg)) return 'the message is not an object';
  if (!isRunId(msg.runId)) return 'runId must be a whole number, 0 or more';
  if (msg.type === 'cancel') return null;
  if (msg.type !== 'run') return `"${String(msg.type)}" is not a message type the worker knows`;
  if (!isObject(msg.data) || !Array.isArray(msg.data.themes)) return 'a run needs the model data';
  if (!isObject(msg.settings) || typeof msg.settings.horizon !== 'number' || !Array.isArray(msg.settings.themes)) return 'a run needs the settings';
  if (msg.batchSize !== undefined && !(typeof msg.batchSize === 'number' && msg.batchSize >= 1)) return 'batchSize must be 1 or more';
  return null;
}

export const isToWorker = (msg: unknown): msg is ToWorker => toWorkerProblem(msg) === null;

export function isFromWorker(msg: unknown): msg is FromWorker {
  if (!isObject(msg)) return false;
  if (msg.type === 'error') return (msg.runId === null || isRunId(msg.runId)) && typeof msg.message === 'string';
  // The field each other message carries besides its run id ('' for none).
  const field = msg.type === 'tornado' ? 'tornado' : msg.type === 'progress' || msg.type === 'done' ? 'summary' : msg.type === 'cancelled' ? '' : null;
  return field !== null && isRunId(msg.runId) && (field === '' || isObject(msg[field]));
}

export const batchSizeFor = (total: number, requested?: number): number =>
  Math.max(1, Math.floor(requested ?? Math.max(MIN_BATCH, Math.ceil(total / BATCHES))));

export interface HandlerOptions {
  post: (message: FromWorker) => void;
  /** Runs a task later, letting waiting messages in first. */
  schedule: (task: () => void) => void;
}

export function createMonteCarloHandler({ post, schedule }: HandlerOptions): (message: unknown) => void {
  let current: { runId: number; runner: McRunner; batch: number; data: ModelData; settings: Settings } | null = null;

  const fail = (runId: number, error: unknown) => {
    current = null;
    post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
  };
  /** Runs a step of run `runId` if it is still current; a failure ends it with an error. */
  const step = (runId: number, work: (run: NonNullable<typeof current>) => void) => {
    const run = current;
    if (!run || run.runId !== runId) return; // cancelled or replaced meanwhile
    try {
      work(run);
    } catch (error) {
      fail(runId, error);
    }
  };

  const batch = (runId: number) =>
    step(runId, (run) => {
      const done = run.runner.step(run.batch);
      const summary = run.runner.summary();
      const finished = done >= run.runner.total;
      if (finished) current = null;
      post({ type: finished ? 'done' : 'progress', runId, summary });
      if (!finished) schedule(() => batch(runId));
    });

  /** The tornado first (about twenty decimal evaluations), then the draws. */
  const swings = (runId: number) =>
    step(runId, (run) => {
      post({ type: 'tornado', runId, tornado: tornadoSummary(tornado(run.data, run.settings)) });
      schedule(() => batch(runId));
    });

  return (message: unknown) => {
    const problem = toWorkerProblem(message);
    if (problem) {
      const runId = isObject(message) && isRunId(message.runId) ? message.runId : null;
      post({ type: 'error', runId, message: problem });
      return;
    }
    const msg = message as ToWorker;
    // A cancel stops its own run; a new run stops any run under way.
    if (current && (msg.type === 'run' || current.runId === msg.runId)) {
      const { runId } = current;
      current = null;
      post({ type: 'cancelled', runId });
    }
    if (msg.type === 'cancel') return;
    try {
      const runner = createRunner(msg.data, msg.settings);
      current = { runId: msg.runId, runner, batch: batchSizeFor(runner.total, msg.batchSize), data: msg.data, settings: msg.settings };
    } catch (error) {
      fail(msg.runId, error);
      return;
    }
    schedule(() => swings(msg.runId));
  };
}
