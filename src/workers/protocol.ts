import { createRunner, tornado, tornadoSummary, type McRunner, type McSummary, type ModelData, type Settings, type TornadoSummary } from '../model';

/**
 * The typed messages between the app and the Monte Carlo worker, and the worker's message handler
 * itself. Pure: the handler is given a way to post messages and to schedule work, so it runs the
 * same inside a Worker, on the main thread, or in a test with a hand-turned scheduler.
 *
 * App → worker:
 *   { type: 'run', runId, data, settings }  start a run (any run under way is cancelled first)
 *   { type: 'cancel', runId }                stop that run if it is still going
 * Worker → app:
 *   { type: 'tornado', runId, tornado }      first: the one-at-a-time swings (decimal model)
 *   { type: 'progress', runId, summary }     after each batch: everything found so far
 *   { type: 'done', runId, summary }         the last batch
 *   { type: 'cancelled', runId }             the run stopped before the end
 *   { type: 'error', runId, message }        a message could not be read, or the run failed
 *
 * Draws are run in batches (about a tenth of the run, at least MIN_BATCH); between batches the
 * handler yields through `schedule`, so a cancel or a new run is read before the next batch.
 */

export interface RunMessage {
  type: 'run';
  runId: number;
  data: ModelData;
  settings: Settings;
  /** Draws per batch; by default about a tenth of the run. */
  batchSize?: number;
}
export interface CancelMessage {
  type: 'cancel';
  runId: number;
}
export type ToWorker = RunMessage | CancelMessage;

export interface TornadoMessage {
  type: 'tornado';
  runId: number;
  tornado: TornadoSummary;
}
export interface ProgressMessage {
  type: 'progress';
  runId: number;
  summary: McSummary;
}
export interface DoneMessage {
  type: 'done';
  runId: number;
  summary: McSummary;
}
export interface CancelledMessage {
  type: 'cancelled';
  runId: number;
}
export interface ErrorMessage {
  type: 'error';
  /** Null when the message itself could not be read. */
  runId: number | null;
  message: string;
}
export type FromWorker = TornadoMessage | ProgressMessage | DoneMessage | CancelledMessage | ErrorMessage;

export const MIN_BATCH = 1000;
/** Batches per run when no batch size is given (so progress is shown about ten times). */
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

/** Whether a message from the worker has the shape the app expects. */
export function isFromWorker(msg: unknown): msg is FromWorker {
  if (!isObject(msg)) return false;
  switch (msg.type) {
    case 'progress':
    case 'done':
      return isRunId(msg.runId) && isObject(msg.summary);
    case 'tornado':
      return isRunId(msg.runId) && isObject(msg.tornado);
    case 'cancelled':
      return isRunId(msg.runId);
    case 'error':
      return (msg.runId === null || isRunId(msg.runId)) && typeof msg.message === 'string';
    default:
      return false;
  }
}

export const batchSizeFor = (total: number, requested?: number): number =>
  Math.max(1, Math.floor(requested ?? Math.max(MIN_BATCH, Math.ceil(total / BATCHES))));

export interface HandlerOptions {
  post: (message: FromWorker) => void;
  /** Runs a task later (setTimeout in a worker), letting waiting messages in first. */
  schedule: (task: () => void) => void;
}

/** The worker's message handler: call it with each message received. */
export function createMonteCarloHandler({ post, schedule }: HandlerOptions): (message: unknown) => void {
  let current: { runId: number; runner: McRunner; batch: number; data: ModelData; settings: Settings } | null = null;

  const stop = (runId: number) => {
    if (current?.runId !== runId) return;
    current = null;
    post({ type: 'cancelled', runId });
  };

  const batch = (runId: number) => {
    const run = current;
    if (!run || run.runId !== runId) return; // cancelled or replaced meanwhile
    try {
      const done = run.runner.step(run.batch);
      const summary = run.runner.summary();
      if (done >= run.runner.total) {
        current = null;
        post({ type: 'done', runId, summary });
      } else {
        post({ type: 'progress', runId, summary });
        schedule(() => batch(runId));
      }
    } catch (error) {
      current = null;
      post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
    }
  };

  /** The tornado first (about twenty decimal evaluations), then the draws. */
  const swings = (runId: number) => {
    const run = current;
    if (!run || run.runId !== runId) return;
    try {
      post({ type: 'tornado', runId, tornado: tornadoSummary(tornado(run.data, run.settings)) });
    } catch (error) {
      current = null;
      post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    schedule(() => batch(runId));
  };

  return (message: unknown) => {
    const problem = toWorkerProblem(message);
    if (problem) {
      const runId = isObject(message) && isRunId(message.runId) ? message.runId : null;
      post({ type: 'error', runId, message: problem });
      return;
    }
    const msg = message as ToWorker;
    if (msg.type === 'cancel') {
      stop(msg.runId);
      return;
    }
    if (current) stop(current.runId);
    try {
      const runner = createRunner(msg.data, msg.settings);
      current = { runId: msg.runId, runner, batch: batchSizeFor(runner.total, msg.batchSize), data: msg.data, settings: msg.settings };
    } catch (error) {
      post({ type: 'error', runId: msg.runId, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    schedule(() => swings(msg.runId));
  };
}
