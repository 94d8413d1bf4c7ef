import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AssumptionsPanel } from '../../src/features/assumptions/AssumptionsPanel';
import { ACTS_ALONE, LEAVE_ONE_OUT, lensPhrase } from '../../src/lib/lensWords';
import { MethodPage } from '../../src/features/method/MethodPage';
import { lowerFirst } from '../../src/lib/format';
import { defaultSettings, evaluate, type Settings } from '../../src/model';
import { resetStore } from '../../src/state';
import { loadData, renderWithData } from '../helpers';

const data = loadData();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('"Leave one partner out" is described one way', () => {
  beforeEach(() => act(() => resetStore()));

  it('in the assumptions panel', () => {
    renderWithData(<AssumptionsPanel />);
    expect(screen.getByText(LEAVE_ONE_OUT)).toBeInTheDocument();
    expect(screen.queryByText(/share of the savings is lost/)).toBeNull();
  });

  it('on the method page', () => {
    renderWithData(<MethodPage />);
    expect(screen.getByText(new RegExp(escape(lowerFirst(LEAVE_ONE_OUT))))).toBeInTheDocument();
  });

  it('and the words match what the model does', () => {
    const all = evaluate(data, defaultSettings());
    const out: Settings = { ...defaultSettings(), lens: { kind: 'exclude', partner: 'DWP' } };
    const r = evaluate(data, out);
    // "every cost stays"
    expect(r.total.pvCost.toNumber()).toBeCloseTo(all.total.pvCost.toNumber(), 9);
    // "its share of the benefits is taken off"
    for (const theme of data.themes.filter((t) => out.themes.includes(t.id))) {
      const shares = theme.partnerShares;
      const sum = Object.values(shares).reduce((a, s) => a + (s?.value ?? 0), 0);
      const dwp = (shares.DWP?.value ?? 0) / sum;
      expect(r.themes[theme.id]!.pvBenefit.toNumber()).toBeCloseTo(all.themes[theme.id]!.pvBenefit.toNumber() * (1 - dwp), 9);
      // "the other partners divide what is left in proportion to their shares"
      const net = r.themes[theme.id]!.npv.toNumber();
      for (const [id, s] of Object.entries(shares)) {
        const got = r.themes[theme.id]!.partners[id as 'DH']?.npv.toNumber() ?? 0;
        expect(got, `${theme.id} ${id}`).toBeCloseTo(id === 'DWP' ? 0 : (net * s!.value) / (sum - (shares.DWP?.value ?? 0)), 9);
      }
    }
    expect(r.total.partners.DWP?.npv.toNumber() ?? 0).toBe(0);
  });
});

describe('"One partner acts alone" is described one way', () => {
  beforeEach(() => act(() => resetStore()));

  it('in the assumptions panel and on the method page', () => {
    renderWithData(<AssumptionsPanel />);
    expect(screen.getByText(ACTS_ALONE)).toBeInTheDocument();
    expect(screen.queryByText('It pays all the costs and keeps only its own share of the savings.')).toBeNull();
    renderWithData(<MethodPage />);
    expect(screen.getByText(new RegExp(escape(lowerFirst(ACTS_ALONE))))).toBeInTheDocument();
  });

  it('and the words match what the model does: themes without a share sit out, the rest carry every cost', () => {
    const all = evaluate(data, defaultSettings());
    const alone: Settings = { ...defaultSettings(), themes: ['hsc', 'fcn', 'ws'], lens: { kind: 'lead', partner: 'DWP' } };
    const r = evaluate(data, alone);
    for (const theme of data.themes.filter((t) => alone.themes.includes(t.id))) {
      const share = theme.partnerShares.DWP?.value ?? 0;
      const result = r.themes[theme.id];
      // "it runs only the themes in which it has a share of the savings"
      if (share === 0) {
        expect(result === undefined || (result.pvCost.toNumber() === 0 && result.pvBenefit.toNumber() === 0), theme.id).toBe(true);
        continue;
      }
      // "in those it pays all the costs and keeps only its own share"
      const sum = Object.values(theme.partnerShares).reduce((a, s) => a + (s?.value ?? 0), 0);
      expect(result!.pvCost.toNumber()).toBeCloseTo(all.themes[theme.id]!.pvCost.toNumber(), 9);
      expect(result!.pvBenefit.toNumber()).toBeCloseTo((all.themes[theme.id]!.pvBenefit.toNumber() * share) / sum, 9);
    }
  });
});

describe('the lens in a phrase (explanations, uncertainty section)', () => {
  it('names the partner, never its id', () => {
    const ho = data.partners.find((p) => p.id === 'HO')!.name;
    expect(lensPhrase({ kind: 'all' }, data)).toBe('all partners together');
    expect(lensPhrase({ kind: 'lead', partner: 'HO' }, data)).toBe(`${ho} acting alone`);
    expect(lensPhrase({ kind: 'exclude', partner: 'HO' }, data)).toBe(`every partner except ${ho}`);
    expect(ho).not.toBe('HO');
  });
});
