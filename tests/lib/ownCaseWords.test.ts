// A place's own case is described in its own words and sources, not the report's.
import { describe, expect, it } from 'vitest';
import { caseModel, defaultSettings, vocabularyOf, type ModelData } from '../../src/model';
import { caveatFor, describeAssumptions, figuresSource, sourceLine } from '../../src/lib/describe';
import { baseWordsOf, buildHeadlineFigures } from '../../src/lib/headlineFigures';
import { evaluate } from '../../src/model';
import { ownCase } from '../fixtures/ownCase';

const data = ((): ModelData => {
  const m = caseModel(ownCase());
  if (!m.ok) throw new Error(m.error);
  return m.value;
})();
const settings = defaultSettings(vocabularyOf(data));

describe('a place’s own case in words', () => {
  it('lists its assumptions with its own names and sources, and no scenario line without a prudent scenario', () => {
    const lines = describeAssumptions({ ...settings, leakage: 0.2 }, data);
    expect(lines.map((l) => l.label)).not.toContain('Scenario (prudent to base)');
    expect(lines.find((l) => l.label === 'Take-up')).toEqual({ label: 'Take-up', value: '100%', source: 'Early help in Anytown (illustrative), as entered' });
    expect(lines.find((l) => l.label === 'Themes included')?.source).toBe('Early help in Anytown (illustrative), as entered');
    expect(sourceLine(settings, data)).toMatch(/^Early help in Anytown \(illustrative\): the figures and sources entered for this case\./);
    expect(caveatFor(data)).not.toMatch(/EY 2013/);
    expect(figuresSource(data, 'EY 2013')).toBe('Early help in Anytown (illustrative), as entered');
  });

  it('sets its headline against the case as given, from its own first year', () => {
    const results = evaluate(data, { ...settings, leakage: 0.2 });
    const figures = buildHeadlineFigures(results, evaluate(data, settings), { ...settings, leakage: 0.2 }, settings, baseWordsOf(data));
    expect(figures[0]!.comparison.text).toMatch(/^£[\d.]+m vs case as given$/);
    expect(figures[0]!.explanation).toContain('from 2025-26');
  });
});
