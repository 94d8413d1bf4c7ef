import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AssumptionsPanel } from '../../src/components/AssumptionsPanel';
import { LEAVE_ONE_OUT } from '../../src/components/lensWords';
import { MethodPage } from '../../src/components/method/MethodPage';
import { lowerFirst } from '../../src/components/format';
import { defaultSettings, evaluate, type Settings } from '../../src/model';
import { resetStore } from '../../src/state';
import { loadData, renderWithData } from './helpers';

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
