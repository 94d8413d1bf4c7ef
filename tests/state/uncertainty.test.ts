import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, runMonteCarlo, serialiseSettings, type Settings } from '../../src/model';
import { createMonteCarloHandler, type ToWorker } from '../../src/workers/protocol';
import { resetStore, useSettingsStore } from '../../src/state';
import {
  cancelRun,
  resetUncertaintyStore,
  runKeyFor,
  setRange,
  setUncertainty,
  setWorkerFactory,
  startRun,
  useUncertaintyStore,
  withRange,
  withUncertainty,
  type WorkerLike,
} from '../../src/state/uncertainty';
import { useUiStore } from '../../src/state/ui';
import { loadData } from '../helpers';

const data = loadData();

/** A worker whose handler runs only when the test turns the scheduler. */
function manualWorker() {
  const sent: ToWorker[] = [];
  const queue: (() => void)[] = [];
  const port: WorkerLike = {
    onmessage: null,
    postMessage: (m) => {
      sent.push(m);
      handle(m);
    },
    terminate: () => {},
  };
  const handle = createMonteCarloHandler({ post: (m) => port.onmessage?.({ data: m }), schedule: (t) => queue.push(t) });
  const flush = () => {
    while (queue.length) queue.shift()!();
  };
  const tick = () => queue.shift()?.();
  return { port, sent, flush, tick };
}

beforeEach(() => {
  resetStore();
  resetUncertaintyStore();
});

describe('Monte Carlo settings in the settings store', () => {
  it('adds the Monte Carlo part only when it differs from the defaults', () => {
    const s = defaultSettings();
    expect(withUncertainty(s, { seed: 5 }).uncertainty).toEqual({ seed: 5, draws: 10000, distribution: 'triangular', ranges: {} });
    expect('uncertainty' in withUncertainty(withUncertainty(s, { seed: 5 }), { seed: 2013 })).toBe(false);
    expect(withRange(s, 'leakage', [0.4, 0.1]).uncertainty?.ranges).toEqual({ leakage: [0.1, 0.4] });
    expect('uncertainty' in withRange(withRange(s, 'leakage', [0.1, 0.4]), 'leakage', undefined)).toBe(false);
  });

  it('writes through the settings store, so the link carries it', () => {
    setUncertainty({ seed: 42, distribution: 'uniform' });
    setRange('delay', [0, 2]);
    expect(serialiseSettings(useSettingsStore.getState().settings)).toBe('seed=42&dist=uniform&range.delay=0-2&v=1');
    expect(useSettingsStore.getState().change.kind).toBe('commit');
    setRange('delay', [0, 3], 'live');
    expect(useSettingsStore.getState().change.kind).toBe('live');
  });

  it('keys a run on everything but the local area', () => {
    const s: Settings = { ...defaultSettings(), local: { area: 'essex', spend: {}, costRule: 'all' } };
    expect(runKeyFor(s)).toBe(runKeyFor(defaultSettings()));
    expect(runKeyFor(withUncertainty(s, { seed: 1 }))).not.toBe(runKeyFor(s));
  });
});

describe('runs through the worker protocol', () => {
  it('records the tornado, progress and the final summary of the current run', () => {
    const w = manualWorker();
    setWorkerFactory(() => w.port);
    const s = withUncertainty(defaultSettings(), { draws: 2500 });
    const runId = startRun(data, s);
    expect(useUncertaintyStore.getState()).toMatchObject({ status: 'running', runId, runKey: runKeyFor(s) });
    w.tick(); // tornado
    expect(useUncertaintyStore.getState().tornado).not.toBeNull();
    w.tick(); // first batch
    expect(useUncertaintyStore.getState().summary?.done).toBe(1000);
    w.flush();
    expect(useUncertaintyStore.getState().status).toBe('done');
    expect(useUncertaintyStore.getState().summary).toEqual(runMonteCarlo(data, s));
    expect(useUncertaintyStore.getState().summaryKey).toBe(runKeyFor(s));
  });

  it('cancels the run under way when a new one starts, and ignores its late messages', () => {
    const w = manualWorker();
    setWorkerFactory(() => w.port);
    const first = startRun(data, withUncertainty(defaultSettings(), { draws: 3000 }));
    w.tick();
    w.tick();
    const second = startRun(data, withUncertainty(defaultSettings(), { draws: 1000, seed: 9 }));
    expect(w.sent.map((m) => `${m.type}:${m.runId}`)).toEqual([`run:${first}`, `cancel:${first}`, `run:${second}`]);
    // A message about the old run that arrives late changes nothing.
    useUncertaintyStore.getState().receive({ type: 'done', runId: first, summary: runMonteCarlo(data, defaultSettings()) });
    expect(useUncertaintyStore.getState().status).toBe('running');
    w.flush();
    expect(useUncertaintyStore.getState().summary?.seed).toBe(9);
    expect(useUncertaintyStore.getState().status).toBe('done');
  });

  it('can be cancelled, and reports errors', () => {
    const w = manualWorker();
    setWorkerFactory(() => w.port);
    const runId = startRun(data, withUncertainty(defaultSettings(), { draws: 5000 }));
    cancelRun();
    expect(useUncertaintyStore.getState().status).toBe('idle');
    expect(w.sent[w.sent.length - 1]).toEqual({ type: 'cancel', runId });
    useUncertaintyStore.getState().receive({ type: 'error', runId, message: 'boom' });
    expect(useUncertaintyStore.getState()).toMatchObject({ status: 'error', error: 'boom' });
  });

  it('opens and closes its tables', () => {
    useUiStore.getState().toggleTable('uncertainty', 'tornado');
    expect(useUiStore.getState().tables.uncertainty.tornado).toBe(true);
  });
});

describe('without Web Workers', () => {
  it('says so instead of running on the main thread', async () => {
    const { createMonteCarloWorker, NO_WORKER } = await import('../../src/state/uncertainty');
    expect(typeof Worker).toBe('undefined'); // jsdom has none
    setWorkerFactory(createMonteCarloWorker);
    startRun(data, defaultSettings());
    await new Promise((r) => setTimeout(r, 10));
    expect(useUncertaintyStore.getState()).toMatchObject({ status: 'error', error: NO_WORKER });
  });
});
