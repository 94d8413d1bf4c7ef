// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultSettings, runMonteCarlo, tornado, tornadoSummary, type ModelData, type Settings } from '../../src/model';
import { batchSizeFor, createMonteCarloHandler, isFromWorker, isToWorker, toWorkerProblem, type FromWorker } from '../../src/workers/protocol';
import { loadRealData } from '../fixtures/model-data';

const data = loadRealData();
const settings = (draws: number, seed = 2013): Settings => ({ ...defaultSettings(), uncertainty: { seed, draws, distribution: 'triangular', ranges: { leakage: [0, 0.4] } } });

/** The handler with a hand-turned scheduler: nothing runs until `tick` or `flush`. */
function harness() {
  const posted: FromWorker[] = [];
  const queue: (() => void)[] = [];
  const handle = createMonteCarloHandler({ post: (m) => posted.push(structuredClone(m)), schedule: (task) => queue.push(task) });
  const tick = () => queue.shift()?.();
  const flush = () => {
    while (queue.length) tick();
  };
  return { posted, handle, tick, flush, queue };
}

describe('message checks', () => {
  it('accepts the documented messages to the worker and says what is wrong with others', () => {
    expect(isToWorker({ type: 'run', runId: 1, data, settings: settings(100) })).toBe(true);
    expect(isToWorker({ type: 'cancel', runId: 1 })).toBe(true);
    expect(toWorkerProblem(null)).toBe('the message is not an object');
    expect(toWorkerProblem({ type: 'run', runId: -1 })).toBe('runId must be a whole number, 0 or more');
    expect(toWorkerProblem({ type: 'stop', runId: 1 })).toBe('"stop" is not a message type the worker knows');
    expect(toWorkerProblem({ type: 'run', runId: 1, settings: settings(100) })).toBe('a run needs the model data');
    expect(toWorkerProblem({ type: 'run', runId: 1, data, settings: {} })).toBe('a run needs the settings');
    expect(toWorkerProblem({ type: 'run', runId: 1, data, settings: settings(100), batchSize: 0 })).toBe('batchSize must be 1 or more');
  });

  it('recognises the worker’s replies', () => {
    expect(isFromWorker({ type: 'progress', runId: 1, summary: {} })).toBe(true);
    expect(isFromWorker({ type: 'done', runId: 1, summary: {} })).toBe(true);
    expect(isFromWorker({ type: 'tornado', runId: 1, tornado: {} })).toBe(true);
    expect(isFromWorker({ type: 'cancelled', runId: 1 })).toBe(true);
    expect(isFromWorker({ type: 'error', runId: null, message: 'x' })).toBe(true);
    expect(isFromWorker({ type: 'done', runId: 1 })).toBe(false);
    expect(isFromWorker({ type: 'error', runId: 'a', message: 'x' })).toBe(false);
    expect(isFromWorker('done')).toBe(false);
    expect(isFromWorker({ type: 'tornado', runId: 1 })).toBe(false);
    expect(isFromWorker({ type: 'toString', runId: 1 })).toBe(false);
  });

  it('splits a run into about ten batches of at least a thousand draws', () => {
    expect(batchSizeFor(10_000)).toBe(1000);
    expect(batchSizeFor(50_000)).toBe(5000);
    expect(batchSizeFor(500)).toBe(1000);
    expect(batchSizeFor(500, 64)).toBe(64);
  });
});

describe('the handler, driven without a Worker', () => {
  it('sends the tornado, then progress after each batch, then the same summary as a run in one go', () => {
    const h = harness();
    const s = settings(2500);
    h.handle({ type: 'run', runId: 7, data, settings: s, batchSize: 1000 });
    expect(h.posted).toEqual([]); // nothing happens until the scheduler runs
    h.flush();
    expect(h.posted.map((m) => m.type)).toEqual(['tornado', 'progress', 'progress', 'done']);
    expect(h.posted.every((m) => m.runId === 7)).toBe(true);
    const t = h.posted[0]!;
    if (t.type !== 'tornado') throw new Error('expected the tornado first');
    expect(t.tornado).toEqual(tornadoSummary(tornado(data, s)));
    const done = h.posted.map((m) => (m.type === 'progress' || m.type === 'done' ? m.summary.done : null)).filter((v) => v !== null);
    expect(done).toEqual([1000, 2000, 2500]);
    const last = h.posted[3]!;
    if (last.type !== 'done') throw new Error('expected done last');
    expect(last.summary).toEqual(runMonteCarlo(data, s));
  });

  it('stops a run when asked, between batches', () => {
    const h = harness();
    h.handle({ type: 'run', runId: 1, data, settings: settings(5000), batchSize: 1000 });
    h.tick(); // tornado
    h.tick(); // first batch
    h.handle({ type: 'cancel', runId: 1 });
    h.flush();
    expect(h.posted.map((m) => m.type)).toEqual(['tornado', 'progress', 'cancelled']);
  });

  it('cancels the run under way when a new one starts, and finishes the new one', () => {
    const h = harness();
    h.handle({ type: 'run', runId: 1, data, settings: settings(3000), batchSize: 1000 });
    h.tick();
    h.tick();
    h.handle({ type: 'run', runId: 2, data, settings: settings(1000, 99) });
    h.flush();
    expect(h.posted.map((m) => `${m.type}:${m.runId}`)).toEqual(['tornado:1', 'progress:1', 'cancelled:1', 'tornado:2', 'done:2']);
  });

  it('ignores a cancel for a run that is not going', () => {
    const h = harness();
    h.handle({ type: 'cancel', runId: 3 });
    h.flush();
    expect(h.posted).toEqual([]);
  });

  it('answers a message it cannot read with an error, and a failing run with its error', () => {
    const h = harness();
    h.handle({ type: 'run' });
    h.handle({ type: 'explode', runId: 4 });
    const broken = { ...data, themes: [{ id: 'hsc' }] } as unknown as ModelData;
    h.handle({ type: 'run', runId: 5, data: broken, settings: settings(100) });
    h.flush();
    expect(h.posted[0]).toEqual({ type: 'error', runId: null, message: 'runId must be a whole number, 0 or more' });
    expect(h.posted[1]).toEqual({ type: 'error', runId: 4, message: '"explode" is not a message type the worker knows' });
    expect(h.posted[2]).toMatchObject({ type: 'error', runId: 5 });
    expect(h.posted).toHaveLength(3);
  });
});
