// A generated own case in the interchange format, as large as the issue asks to stay live:
// used by bench/model.bench.ts and tests/model/floatAgreement.test.ts (not a test file itself).
import { caseModel, checkCase, mulberry32, type CaseDoc, type CasePartner, type CaseScenario, type CaseTheme, type ModelData } from '../../src/model/index';

export interface LargeCaseSize {
  themes: number;
  years: number;
  partners: number;
}

export const LARGE_CASE: LargeCaseSize = { themes: 100, years: 25, partners: 20 };

/** Seeded, so every run and test sees the same case: £m, a prudent and a base scenario, 3–6 partners a theme. */
export function largeCaseDoc(size: LargeCaseSize = LARGE_CASE, seed = 2025): CaseDoc {
  const rand = mulberry32(seed);
  const round = (v: number, places = 3) => Math.round(v * 10 ** places) / 10 ** places;
  const partners: CasePartner[] = Array.from({ length: size.partners }, (_, i) => ({
    id: `P${String(i + 1).padStart(2, '0')}`,
    name: `Partner ${i + 1}`,
    // About a third local, so the break-even rule has both kinds.
    local: i % 3 === 0,
    ...(i % 2 === 0 ? { budget: { value: round(500 + rand() * 5000, 1), source: 'generated', kind: 'DEL' as const } } : {}),
  }));
  const scenario = (gross: number, ramp: number, start: number, ongoing: number): CaseScenario => ({
    profile: Array.from({ length: size.years }, (_, y) => round(Math.min(1, ((y + 1) / ramp) * (0.9 + 0.2 * rand())))),
    grossBenefit: round(gross),
    costs: Array.from({ length: size.years }, (_, y) => round(y < 3 ? start * (1 - y / 4) : ongoing)),
    ongoingCost: round(ongoing),
  });
  const themes: CaseTheme[] = Array.from({ length: size.themes }, (_, i) => {
    const count = 3 + Math.floor(rand() * 4);
    const chosen = [...partners].sort(() => rand() - 0.5).slice(0, count);
    const weights = chosen.map(() => 0.2 + rand());
    const total = weights.reduce((a, w) => a + w, 0);
    // Rounded down so the shares add to at most 100%; some with the range a pilot might give.
    const shares = Object.fromEntries(
      chosen.map((p, k) => {
        const value = Math.floor((weights[k]! / total) * 100) / 100;
        return [p.id, k % 2 === 0 ? { value, source: 'generated', range: [round(value * 0.7, 2), Math.min(1, round(value * 1.3 + 0.005, 2))] as [number, number] } : value];
      }),
    );
    const gross = 2 + rand() * 20;
    const start = 1 + rand() * 8;
    const ongoing = 0.3 + rand() * 2;
    const ramp = 2 + rand() * 5;
    return {
      id: `T${String(i + 1).padStart(3, '0')}`,
      name: `Theme ${i + 1}`,
      addressableSpend: { value: round(50 + rand() * 400, 1), source: 'generated' },
      shares,
      scenarios: { base: scenario(gross, ramp, start, ongoing), prudent: scenario(gross * (0.4 + rand() * 0.4), ramp * 1.3, start * 1.1, ongoing) },
    };
  });
  return { format: 'community-budgets-case', version: 1, name: `Generated case ${size.themes} × ${size.years} × ${size.partners}`, money: '£m', firstYear: '2025-26', partners, themes };
}

/** A case checked and turned into the model's case, as the app imports one. */
export function caseData(doc: unknown): ModelData {
  const checked = checkCase(doc);
  if (!checked.ok) throw new Error(checked.error);
  const model = caseModel(checked.value);
  if (!model.ok) throw new Error(model.error);
  return model.value;
}

/** `largeCaseDoc` as the model's case. */
export const largeCase = (size: LargeCaseSize = LARGE_CASE, seed?: number): ModelData => caseData(largeCaseDoc(size, seed));
