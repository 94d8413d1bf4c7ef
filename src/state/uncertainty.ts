import { useEffect } from 'react';
import { create } from 'zustand';
import {
  defaultUncertainty,
  serialiseSettings,
  uncertaintyOf,
  type McSummary,
  type ModelData,
  type RangeKey,
  type Settings,
  type TornadoSummary,
  type UncertaintySettings,
} from '../model';
import { createMonteCarloHandler, isFromWorker, type FromWorker, type ToWorker } from '../workers/protocol';
import { useSettingsStore, type ChangeKind } from './store';

/**
 * The Monte Carlo's state: which run is current, how far it has got and what it has found so far.
 * Runs happen in a Web Worker (src/workers/montecarlo.worker.ts) speaking the typed protocol of
 * src/workers/protocol.ts. `inThreadWorker` runs the same handler on the main thread a
 * batch at a time (used by tests).
 */

export type RunStatus = 'idle' | 'running' | 'done' | 'error';
export type UncertaintyTable = 'fan' | 'histogram' | 'partners' | 'tornado';

export interface UncertaintyState {
  status: RunStatus;
  runId: number;
  /** The settings (as a link) the current run is for. */
  runKey: string | null;
  /** What the current run has found so far (kept from the last run until the new one reports). */
  summary: McSummary | null;
  /** The settings the summary belongs to. */
  summaryKey: string | null;
  tornado: TornadoSummary | null;
  tornadoKey: string | null;
  error: string | null;
  tables: Record<UncertaintyTable, boolean>;
  toggleTable: (table: UncertaintyTable) => void;
  /** Records a message from the worker (ignored unless it is about the current run). */
  receive: (message: FromWorker) => void;
}

export const initialUncertaintyState = () => ({
  status: 'idle' as RunStatus,
  runId: 0,
  runKey: null,
  summary: null,
  summaryKey: null,
  tornado: null,
  tornadoKey: null,
  error: null,
  tables: { fan: false, histogram: false, partners: false, tornado: false },
});

/** Shortest time between two progress reports shown from one run, in milliseconds. */
export const PROGRESS_EVERY_MS = 400;
let progressShownAt = -Infinity;

export const useUncertaintyStore = create<UncertaintyState>()((set, get) => ({
  ...initialUncertaintyState(),
  toggleTable: (table) => set((s) => ({ tables: { ...s.tables, [table]: !s.tables[table] } })),
  receive: (message) => {
    const state = get();
    if (message.runId !== state.runId) return;
    switch (message.type) {
      case 'tornado':
        set({ tornado: message.tornado, tornadoKey: state.runKey });
        return;
      case 'progress': {
        // Each report redraws the section's charts; a few a second show progress well enough.
        const now = Date.now();
        if (now - progressShownAt < PROGRESS_EVERY_MS) return;
        progressShownAt = now;
        set({ summary: message.summary, summaryKey: state.runKey });
        return;
      }
      case 'done':
        set({ summary: message.summary, summaryKey: state.runKey, status: 'done' });
        return;
      case 'cancelled':
        if (state.status === 'running') set({ status: 'idle' });
        return;
      case 'error':
        set({ status: 'error', error: message.message });
    }
  },
}));

export const resetUncertaintyStore = () => useUncertaintyStore.setState(initialUncertaintyState());

/** The settings a Monte Carlo run depends on, as a link (the local area plays no part). */
export const runKeyFor = (settings: Settings): string => serialiseSettings({ ...settings, local: undefined });

// ---------------------------------------------------------------------------------------------
// The worker and the client that talks to it.

export interface WorkerLike {
  postMessage: (message: ToWorker) => void;
  terminate: () => void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** The handler on the main thread, a batch per macrotask, for where Workers do not exist. */
export function inThreadWorker(): WorkerLike {
  const port: WorkerLike = {
    onmessage: null,
    postMessage: (message) => setTimeout(() => handle(message), 0),
    terminate: () => {
      port.onmessage = null;
    },
  };
  const handle = createMonteCarloHandler({
    post: (message) => port.onmessage?.({ data: message }),
    schedule: (task) => setTimeout(task, 0),
  });
  return port;
}

/** Says, for every run, that there is no background worker (no run on the main thread by default). */
export function missingWorker(): WorkerLike {
  const port: WorkerLike = {
    onmessage: null,
    postMessage: (message) => {
      if (message.type !== 'run') return;
      setTimeout(() => port.onmessage?.({ data: { type: 'error', runId: message.runId, message: NO_WORKER } }), 0);
    },
    terminate: () => {
      port.onmessage = null;
    },
  };
  return port;
}

export const NO_WORKER = 'this browser cannot run it in the background (no Web Worker support)';

/**
 * The real worker. Where Workers do not exist (very old browsers, the DOM used by unit tests) the
 * simulation is not run on the main thread, which would hold the sliders up; tests that want it
 * there say so with `setWorkerFactory(inThreadWorker)`.
 */
export function createMonteCarloWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return missingWorker();
  return new Worker(new URL('../workers/montecarlo.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

let worker: WorkerLike | null = null;
let makeWorker: () => WorkerLike = createMonteCarloWorker;

/** Replaces how the worker is made (tests); the next run uses it. */
export function setWorkerFactory(factory: () => WorkerLike) {
  worker?.terminate();
  worker = null;
  makeWorker = factory;
}

function ensureWorker(): WorkerLike {
  if (!worker) {
    worker = makeWorker();
    worker.onmessage = (event) => {
      if (isFromWorker(event.data)) useUncertaintyStore.getState().receive(event.data);
    };
  }
  return worker;
}

/** Starts a run for these settings (cancelling any run under way); returns its id. */
export function startRun(data: ModelData, settings: Settings): number {
  const w = ensureWorker();
  const previous = useUncertaintyStore.getState();
  if (previous.status === 'running') w.postMessage({ type: 'cancel', runId: previous.runId });
  const runId = previous.runId + 1;
  progressShownAt = -Infinity;
  useUncertaintyStore.setState({ runId, runKey: runKeyFor(settings), status: 'running', error: null });
  w.postMessage({ type: 'run', runId, data, settings });
  return runId;
}

/** Stops the run under way, if any. */
export function cancelRun() {
  const { status, runId } = useUncertaintyStore.getState();
  if (status !== 'running' || !worker) return;
  worker.postMessage({ type: 'cancel', runId });
  useUncertaintyStore.setState({ status: 'idle' });
}

/** How long the settings must stay still before a new run starts, in milliseconds. */
export const RUN_DELAY_MS = 250;
/**
 * The same while a slider is still live (held, or stepped by keys not yet committed): a pause in
 * a drag is not the end of it, and a run's progress reports would redraw the section's charts
 * while the hand is still moving.
 */
export const LIVE_RUN_DELAY_MS = 1200;

/**
 * Keeps a run going for the given settings: a change cancels the run under way and, once the
 * settings have been still long enough, starts a new one. Never blocks the sliders: the work
 * happens in the worker.
 */
export function useMonteCarloRun(data: ModelData, settings: Settings) {
  const key = runKeyFor(settings);
  const live = useSettingsStore((s) => s.change.kind === 'live');
  useEffect(() => {
    const state = useUncertaintyStore.getState();
    if (state.runKey === key && state.status !== 'idle' && state.status !== 'error') return;
    cancelRun();
    const timer = setTimeout(() => startRun(data, settings), live ? LIVE_RUN_DELAY_MS : RUN_DELAY_MS);
    return () => clearTimeout(timer);
    // The key stands for the settings: a new settings object with the same link is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, key, live]);
}

// ---------------------------------------------------------------------------------------------
// Writing the Monte Carlo settings (they are part of the settings, so links and saved scenarios carry them).

const sameAsDefault = (u: UncertaintySettings) => JSON.stringify(u) === JSON.stringify(defaultUncertainty());

/** Settings with the Monte Carlo part changed; dropped altogether when back at the defaults. */
export function withUncertainty(settings: Settings, patch: Partial<UncertaintySettings>): Settings {
  const next = { ...uncertaintyOf(settings), ...patch };
  const rest = { ...settings };
  delete rest.uncertainty;
  return sameAsDefault(next) ? rest : { ...rest, uncertainty: next };
}

/** Settings with one user range set, or removed (undefined). */
export function withRange(settings: Settings, key: RangeKey, range: [number, number] | undefined): Settings {
  const ranges = { ...uncertaintyOf(settings).ranges };
  if (range) ranges[key] = [Math.min(range[0], range[1]), Math.max(range[0], range[1])];
  else delete ranges[key];
  return withUncertainty(settings, { ranges });
}

export const setUncertainty = (patch: Partial<UncertaintySettings>, kind: ChangeKind = 'commit') =>
  useSettingsStore.getState().setSettings((s) => withUncertainty(s, patch), kind);

export const setRange = (key: RangeKey, range: [number, number] | undefined, kind: ChangeKind = 'commit') =>
  useSettingsStore.getState().setSettings((s) => withRange(s, key, range), kind);
