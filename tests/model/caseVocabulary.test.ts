// @vitest-environment node
// Links are read against the loaded case: its theme and partner ids, its years.
import { describe, expect, it } from 'vitest';
import { caseModel, defaultSettings, parseSettings, serialiseSettings, vocabularyOf, type ModelData } from '../../src/model';
import { ownCase } from '../fixtures/ownCase';

function model(): ModelData {
  const m = caseModel(ownCase());
  if (!m.ok) throw new Error(m.error);
  return m.value;
}

describe('a link read against a place’s own case', () => {
  const v = vocabularyOf(model());

  it('takes the case’s ids, years and default themes', () => {
    expect(v).toEqual({ themes: ['early-help', 'Youth'], defaultThemes: ['early-help', 'Youth'], partners: ['LA', 'NHS', 'Police'], years: 6, maxHorizon: 10, hasPrudent: false });
    const s = defaultSettings(v);
    expect(s.themes).toEqual(['early-help', 'Youth']);
    expect(s.horizon).toBe(6);
  });

  it('reads its ids in any case and refuses the national ones', () => {
    const { settings, ignored } = parseSettings('leakage.youth=30&pay=lead:nhs&lens=exclude:police&themes=YOUTH&leakage.hsc=10&pay.LA=50', v);
    expect(settings.leakageByTheme).toEqual({ Youth: 0.3 });
    expect(settings.pay).toEqual({ kind: 'lead', partner: 'NHS' });
    expect(settings.lens).toEqual({ kind: 'exclude', partner: 'Police' });
    expect(settings.themes).toEqual(['Youth']);
    expect(ignored.map((i) => i.param)).toEqual(['leakage.hsc', 'pay.LA']);
  });

  it('round-trips link → settings → link, the horizon up to the case’s years', () => {
    const long = vocabularyOf({ ...model(), themes: model().themes.map((t) => ({ ...t, scenarios: { prudent: stretch(t.scenarios.base), base: stretch(t.scenarios.base) } })) });
    expect(long.maxHorizon).toBe(25);
    const query = 'horizon=22&breakeven=20&themes=early-help&delay.Youth=1.5&pay=custom&pay.LA=40&pay.NHS=60';
    const first = parseSettings(query, long);
    expect(first.ignored).toEqual([]);
    const again = parseSettings(serialiseSettings(first.settings), long);
    expect(again.settings).toEqual(first.settings);
    expect(serialiseSettings(again.settings)).toBe(serialiseSettings(first.settings));
    expect(parseSettings('horizon=26', long).ignored[0]?.reason).toBe('26 is outside 5–25 years');
    expect(parseSettings('horizon=22').ignored[0]?.reason).toBe('22 is outside 5–10 years');
  });
});

type Inputs = ModelData['themes'][number]['scenarios']['base'];
const stretch = (sc: Inputs): Inputs => ({
  ...sc,
  profile: { ...sc.profile, values: Array.from({ length: 25 }, (_, i) => sc.profile.values[i] ?? 1) },
  costs: { ...sc.costs, values: Array.from({ length: 25 }, (_, i) => sc.costs.values[i] ?? 0.5) },
});
