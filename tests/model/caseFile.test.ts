// @vitest-environment node
// The interchange format: the README's example is a case, files round-trip, and the national case
// written out as a file evaluates as the national case does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseDocOf, caseJson, caseModel, checkCase, defaultSettings, evaluate, readCaseText, vocabularyOf, type CaseDoc, type ModelData } from '../../src/model';
import { loadModelData } from '../../scripts/load-data';
import { ownCase } from '../fixtures/ownCase';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const readmeExample = (): unknown => JSON.parse(/### The case format[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]!);

function modelOf(doc: CaseDoc): ModelData {
  const m = caseModel(doc);
  if (!m.ok) throw new Error(m.error);
  return m.value;
}

describe('the case format', () => {
  it('takes the README’s example as it stands', () => {
    const check = checkCase(readmeExample(), 'README');
    expect(check.ok ? 'ok' : check.error).toBe('ok');
    if (!check.ok) return;
    const data = modelOf(check.value);
    expect(data.scenarios.map((s) => s.id)).toEqual(['prudent', 'base']);
    // £m in the file, £bn in the model: £6m a year at full realisation.
    expect(data.themes[0]!.scenarios.base.grossBenefit).toEqual({ value: 0.006, source: 'business case, section 4' });
    expect(data.partners[1]!.budget).toEqual({ value: 0.9, source: 'ICB plan 2025-26', kind: 'DEL' });
  });

  it('round-trips JSON → case → JSON, sources and bare numbers as given', () => {
    for (const doc of [ownCase(), readmeExample() as CaseDoc]) {
      const first = readCaseText(caseJson(doc), 'first.json');
      if (!first.ok) throw new Error(first.error);
      const again = readCaseText(caseJson(first.value), 'again.json');
      if (!again.ok) throw new Error(again.error);
      expect(again.value).toEqual(first.value);
      expect(caseJson(again.value)).toBe(caseJson(doc));
    }
  });

  it('gives the same results in £bn as in £m, a thousandth of the figures', () => {
    const inMillions = ownCase();
    const inBillions = structuredClone(inMillions);
    inBillions.money = '£bn';
    for (const t of inBillions.themes) {
      const sc = t.scenarios.base;
      sc.grossBenefit = typeof sc.grossBenefit === 'number' ? sc.grossBenefit / 1000 : { ...sc.grossBenefit, value: sc.grossBenefit.value / 1000 };
      sc.costs = sc.costs.map((c) => (typeof c === 'number' ? c / 1000 : { ...c, value: c.value / 1000 }));
      if (sc.ongoingCost !== undefined) sc.ongoingCost = typeof sc.ongoingCost === 'number' ? sc.ongoingCost / 1000 : { ...sc.ongoingCost, value: sc.ongoingCost.value / 1000 };
      if (t.addressableSpend !== undefined) t.addressableSpend = typeof t.addressableSpend === 'number' ? t.addressableSpend / 1000 : { ...t.addressableSpend, value: t.addressableSpend.value / 1000 };
    }
    const a = modelOf(inMillions);
    const b = modelOf(inBillions);
    const s = { ...defaultSettings(vocabularyOf(a)), leakage: 0.3, delay: 1.5 };
    expect(evaluate(a, s).total.npv.toString()).toBe(evaluate(b, s).total.npv.toString());
  });

  it('writes the national case as a file that evaluates as the national case, to the last digit', () => {
    const national = loadModelData();
    const doc = caseDocOf(national);
    const check = readCaseText(caseJson(doc), 'england.json');
    if (!check.ok) throw new Error(check.error);
    const data = modelOf(check.value);
    for (const query of [{}, { scenario: 0, leakage: 0.25, delay: 1.25, horizon: 9 }]) {
      const s = { ...defaultSettings(), ...query };
      const [x, y] = [evaluate(national, s), evaluate(data, s)];
      expect(y.total.npv.toString()).toBe(x.total.npv.toString());
      expect(y.total.partners.LG!.npv.toString()).toBe(x.total.partners.LG!.npv.toString());
    }
  });
});
