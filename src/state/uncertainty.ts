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

// The Monte Carlo's state. Runs happen in a Web Worker speaking src/workers/protocol.ts.
export type RunStatus = 'idle' | 'running' | 'done' | 'error';

const initialUncertaintyState = () => ({
  status: 'idle' as RunStatus,
  runId: 0,
  /** The settings (as a link) the current run is for. */
  runKey: null as string | null,
  /** Kept from the last run until the new one reports. */
  summary: null as McSummary | null,
  summaryKey: null as string | null,
  tornado: null as TornadoSummary | null,
  tornadoKey: null as string | null,
  error: null as string | null,
  /** Date.now() when the current run's progress was last shown. */
  progressShownAt: -Infinity,
});

export type UncertaintyState = ReturnType<typeof initialUncertaintyState> & {
  /** Made on first use; tests replace `makeWorker`. */
  worker: WorkerLike | null;
  makeWorker: () => WorkerLike;
  receive: (message: FromWorker) => void;
};

export const PROGRESS_EVERY_MS = 400;

export const useUncertaintyStore = create<UncertaintyState>()((set, get) => ({
  ...initialUncertaintyState(),
  worker: null,
  makeWorker: () => createMonteCarloWorker(),
  receive: (message) => {
    const state = get();
    if (message.runId !== state.runId) return; // an earlier run's
    switch (message.type) {
      case 'tornado':
        set({ tornado: message.tornado, tornadoKey: state.runKey });
        return;
      case 'progress': {
        // Each report redraws the section's charts; a few a second show progress well enough.
        const now = Date.now();
        if (now - state.progressShownAt < PROGRESS_EVERY_MS) return;
        set({ summary: message.summary, summaryKey: state.runKey, progressShownAt: now });
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

export interface WorkerLike {
  postMessage: (message: ToWorker) => void;
  terminate: () => void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** A worker-shaped port whose messages go to `handle` a macrotask later; `reply` answers them. */
function port(handle: (message: ToWorker, reply: (message: FromWorker) => void) => void): WorkerLike {
  const p: WorkerLike = {
    onmessage: null,
    postMessage: (message) => setTimeout(() => handle(message, (data) => p.onmessage?.({ data })), 0),
    terminate: () => {
      p.onmessage = null;
    },
  };
  return p;
}

/** The handler on the main thread, a batch per macrotask, for where Workers do not exist. */
export function inThreadWorker(): WorkerLike {
  const p = port((message) => handle(message));
  const handle = createMonteCarloHandler({ post: (data) => p.onmessage?.({ data }), schedule: (task) => setTimeout(task, 0) });
  return p;
}

export const NO_WORKER = 'this browser cannot run it in the background (no Web Worker support)';

// Without Workers (old browsers, unit tests' DOM) a run gets NO_WORKER: on the main thread it would
// hold the sliders up (tests opt in with inThreadWorker).
export function createMonteCarloWorker(): WorkerLike {
  if (typeof Worker === 'undefined') {
    return port((message, reply) => {
      if (message.type === 'run') reply({ type: 'error', runId: message.runId, message: NO_WORKER });
    });
  }
  return new Worker(new URL('../workers/montecarlo.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export function setWorkerFactory(makeWorker: () => WorkerLike) {
  useUncertaintyStore.getState().worker?.terminate();
  useUncertaintyStore.setState({ worker: null, makeWorker });
}

function ensureWorker(): WorkerLike {
  const state = useUncertaintyStore.getState();
  if (state.worker) return state.worker;
  const worker = state.makeWorker();
  worker.onmessage = (event) => {
    if (isFromWorker(event.data)) useUncertaintyStore.getState().receive(event.data);
  };
  useUncertaintyStore.setState({ worker });
  return worker;
}

/** Starts a run for these settings (cancelling any run under way); returns its id. */
export function startRun(data: ModelData, settings: Settings): number {
  const w = ensureWorker();
  const previous = useUncertaintyStore.getState();
  if (previous.status === 'running') w.postMessage({ type: 'cancel', runId: previous.runId });
  const runId = previous.runId + 1;
  useUncertaintyStore.setState({ runId, runKey: runKeyFor(settings), status: 'running', error: null, progressShownAt: -Infinity });
  w.postMessage({ type: 'run', runId, data, settings });
  return runId;
}

export function cancelRun() {
  const { status, runId, worker } = useUncertaintyStore.getState();
  if (status !== 'running' || !worker) return;
  worker.postMessage({ type: 'cancel', runId });
  useUncertaintyStore.setState({ status: 'idle' });
}

/** How long the settings must stay still before a new run starts. */
export const RUN_DELAY_MS = 250;
/** While a slider is live, longer: a pause in a drag is not its end, and progress would redraw charts mid-drag. */
export const LIVE_RUN_DELAY_MS = 1200;

/** Keeps a run going for the settings: a change cancels the run under way and, once they are still, starts a new one. */
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

// The Monte Carlo settings are part of the settings, so links and saved scenarios carry them.
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
