import { describe, expect, it } from 'vitest';
import { checkCase, type CaseDoc } from '../../../src/model';
import { themeColumns, shareColumns } from '../../../src/features/case/caseGrid';
import {
  addPartner,
  addTheme,
  cellText,
  deleteIn,
  fromPercent,
  newTheme,
  pasteBlock,
  removePartner,
  removeTheme,
  renamePartner,
  setCell,
  setIn,
  setPrudent,
  setYears,
  typedValue,
} from '../../../src/features/case/draftEdit';
import { draftHasPrudent, draftYears, getIn } from '../../../src/features/case/draftRead';
import { blankTemplate } from '../../../src/features/case/templates';

const src = (value: number) => ({ value, source: 'our survey' });

/** Two themes, two partners, five years; the first theme's figures carry sources. */
function sample(): CaseDoc {
  const doc = blankTemplate(new Date(2025, 5, 1));
  doc.themes = [
    { id: 'early-help', name: 'Early help', addressableSpend: src(40), shares: { LA: 0.6, NHS: src(0.4) }, scenarios: { base: { profile: [0, 0.25, 0.5, 1, 1].map(src), grossBenefit: src(6), costs: [1, 2, 2, 1, 1].map(src), ongoingCost: 1 } } },
    { id: 'discharge', name: 'Discharge', shares: { NHS: 1 }, scenarios: { base: { profile: [0.5, 1, 1, 1, 1], grossBenefit: 3, costs: [1, 1, 1, 1, 1] } } },
  ];
  return doc;
}

describe('setIn and deleteIn on any JSON', () => {
  it('make the objects and lists on the way, leaving the original alone', () => {
    const before = { a: [1] };
    expect(setIn(before, ['a', 2, 'b'], 5)).toEqual({ a: [1, null, { b: 5 }] });
    expect(before).toEqual({ a: [1] });
    expect(setIn('not an object', ['x'], 1)).toEqual({ x: 1 });
    expect(setIn(null, [0], 'y')).toEqual(['y']);
  });

  it('keep "__proto__" as an own field, not a prototype', () => {
    const out = setIn({}, ['__proto__'], { polluted: true }) as Record<string, unknown>;
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('delete a field or a list item, and leave the draft as it was when there is none', () => {
    const d = { a: { b: 1, c: 2 }, l: [1, 2, 3] };
    expect(deleteIn(d, ['a', 'b'])).toEqual({ a: { c: 2 }, l: [1, 2, 3] });
    expect(deleteIn(d, ['l', 1])).toEqual({ a: { b: 1, c: 2 }, l: [1, 3] });
    expect(deleteIn(d, ['nothing', 'here'])).toBe(d);
  });
});

describe('typing into a box', () => {
  it('keeps a number as a number, a percentage as a fraction without float noise, and anything else as typed', () => {
    expect(typedValue('1,200', 'money')).toBe(1200);
    expect(typedValue('25', 'percent')).toBe(0.25);
    expect(typedValue('33.3', 'percent')).toBe(0.333);
    expect(fromPercent(7)).toBe(0.07);
    expect(typedValue('12x', 'money')).toBe('12x');
    expect(typedValue('', 'money')).toBe('');
    expect(typedValue(' Early help ', 'text')).toBe(' Early help ');
  });

  it('shows a fraction as a percentage with no float noise, and text as it was typed', () => {
    expect(cellText(0.07, 'percent')).toBe('7');
    expect(cellText(0.1 + 0.2, 'money')).toBe('0.3');
    expect(cellText({ value: 0.333, source: 's' }, 'percent')).toBe('33.3');
    expect(cellText('abc', 'money')).toBe('abc');
    expect(cellText(undefined, 'money')).toBe('');
    expect(cellText({ value: 'x1', source: 's' }, 'money')).toBe('x1');
    expect(cellText([1, 2], 'money')).toBe('');
  });

  it('keeps the source of a figure typed over, and lets checkCase report a bad value at its path', () => {
    const path = ['themes', 0, 'scenarios', 'base', 'costs', 2];
    const next = setCell(sample(), path, 'money', '2.5');
    expect(getIn(next, path)).toEqual({ value: 2.5, source: 'our survey' });
    const bad = setCell(next, path, 'money', 'two');
    expect(getIn(bad, path)).toEqual({ value: 'two', source: 'our survey' });
    const checked = checkCase(bad);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((p) => p.path.slice(0, 6))).toContainEqual(path);
  });

  it('removes an optional field left blank, and keeps "" for a required one', () => {
    const spend = ['themes', 0, 'addressableSpend'];
    expect(getIn(setCell(sample(), spend, 'money', ' ', true), spend)).toBeUndefined();
    const gross = ['themes', 1, 'scenarios', 'base', 'grossBenefit'];
    expect(getIn(setCell(sample(), gross, 'money', ''), gross)).toBe('');
  });
});

describe('themes and partners', () => {
  it('adds a theme of zeros with a fresh id, and with a prudent copy when the case has one', () => {
    const d = addTheme(sample());
    expect(getIn(d, ['themes', 2, 'id'])).toBe('theme-3');
    expect(getIn(d, ['themes', 2, 'scenarios', 'base', 'costs'])).toEqual([0, 0, 0, 0, 0]);
    expect(getIn(d, ['themes', 2, 'scenarios', 'prudent'])).toBeUndefined();
    const withPrudent = addTheme(setPrudent(sample(), true), { id: 'cohort', name: 'Cohort', shares: {}, scenarios: { base: { profile: [1, 1, 1, 1, 1], grossBenefit: 2, costs: [0, 0, 0, 0, 0] } } });
    expect(getIn(withPrudent, ['themes', 2, 'scenarios', 'prudent'])).toEqual(getIn(withPrudent, ['themes', 2, 'scenarios', 'base']));
    expect(checkCase(withPrudent).ok).toBe(true);
    const taken = setIn(sample(), ['themes', 1, 'id'], 'theme-3');
    expect(newTheme(taken).id).toBe('theme-4');
  });

  it('removes a theme', () => {
    expect(getIn(removeTheme(sample(), 0), ['themes'])).toHaveLength(1);
    expect(getIn(removeTheme(sample(), 0), ['themes', 0, 'id'])).toBe('discharge');
  });

  it('adds a central partner with a fresh id', () => {
    const d = addPartner(sample());
    expect(getIn(d, ['partners', 2])).toEqual({ id: 'P3', name: 'Partner 3', local: false });
  });

  it('removes a partner with its shares', () => {
    const d = removePartner(sample(), 1);
    expect(getIn(d, ['partners'])).toHaveLength(1);
    expect(getIn(d, ['themes', 0, 'shares'])).toEqual({ LA: 0.6 });
    expect(getIn(d, ['themes', 1, 'shares'])).toEqual({});
    expect(checkCase(d).ok).toBe(true);
  });

  it('moves the shares with a partner’s new id, in the same order, unless another partner has either id', () => {
    const d = renamePartner(sample(), 0, 'council');
    expect(getIn(d, ['partners', 0, 'id'])).toBe('council');
    expect(Object.keys(getIn(d, ['themes', 0, 'shares']) as object)).toEqual(['council', 'NHS']);
    expect(checkCase(d).ok).toBe(true);
    // Typing "NHS" into LA's id must not merge LA's shares into the NHS's.
    const clash = renamePartner(sample(), 0, 'NHS');
    expect(getIn(clash, ['themes', 0, 'shares'])).toEqual({ LA: 0.6, NHS: src(0.4) });
    // Nor give the NHS a share that was LA's, where the NHS had none.
    const laOnly = setIn(sample(), ['themes', 1, 'shares'], { LA: 1 });
    expect(getIn(renamePartner(laOnly, 0, 'NHS'), ['themes', 1, 'shares'])).toEqual({ LA: 1 });
  });
});

describe('years and the prudent scenario', () => {
  it('pads every series with its last value, or trims it', () => {
    const longer = setYears(setPrudent(sample(), true), 7);
    expect(draftYears(longer)).toBe(7);
    expect(getIn(longer, ['themes', 0, 'scenarios', 'base', 'costs', 6])).toEqual(src(1));
    expect(getIn(longer, ['themes', 1, 'scenarios', 'prudent', 'profile'])).toEqual([0.5, 1, 1, 1, 1, 1, 1]);
    expect(checkCase(longer).ok).toBe(true);
    const shorter = setYears(longer, 5);
    expect(getIn(shorter, ['themes', 1, 'scenarios', 'base', 'costs'])).toEqual([1, 1, 1, 1, 1]);
    expect(getIn(setYears({ themes: [{ scenarios: { base: { profile: 'x' } } }] }, 5), ['themes', 0, 'scenarios', 'base', 'profile'])).toEqual([0, 0, 0, 0, 0]);
  });

  it('copies base into prudent for every theme, and removes prudent from every theme', () => {
    const on = setPrudent(sample(), true);
    expect(draftHasPrudent(on)).toBe(true);
    expect(getIn(on, ['themes', 0, 'scenarios', 'prudent'])).toEqual(getIn(on, ['themes', 0, 'scenarios', 'base']));
    expect(getIn(on, ['themes', 0, 'scenarios', 'prudent'])).not.toBe(getIn(on, ['themes', 0, 'scenarios', 'base']));
    expect(checkCase(on).ok).toBe(true);
    expect(draftHasPrudent(setPrudent(on, false))).toBe(false);
  });
});

describe('pasting a block', () => {
  const years = ['2025-26', '2026-27', '2027-28', '2028-29', '2029-30'];
  const base = themeColumns('base', years, '£m');

  it('fills rightwards and downwards from the box, adding themes for rows past the last', () => {
    const block = [
      ['youth', 'Youth diversion', '12', '2', '0.5', '0', '20'],
      ['homes', 'Homes', '', '£1,200', '', '10%', '50'],
      ['extra', 'Extra'],
    ];
    const d = pasteBlock(sample(), base, 1, 0, block);
    expect(getIn(d, ['themes'])).toHaveLength(4);
    expect(getIn(d, ['themes', 1, 'id'])).toBe('youth');
    expect(getIn(d, ['themes', 1, 'addressableSpend'])).toBe(12);
    expect(getIn(d, ['themes', 1, 'scenarios', 'base', 'profile'])).toEqual([0, 0.2, 1, 1, 1]);
    expect(getIn(d, ['themes', 2, 'addressableSpend'])).toBeUndefined();
    expect(getIn(d, ['themes', 2, 'scenarios', 'base', 'grossBenefit'])).toBe(1200);
    expect(getIn(d, ['themes', 2, 'scenarios', 'base', 'profile'])).toEqual([0.1, 0.5, 0, 0, 0]);
    expect(getIn(d, ['themes', 3, 'name'])).toBe('Extra');
  });

  it('drops cells past the last column and keeps text that is not a number for the checks', () => {
    const costs4 = base.findIndex((c) => c.key === 'costs-4');
    const d = pasteBlock(sample(), base, 0, costs4, [['9', '99', '999'], ['n/a']]);
    expect(getIn(d, ['themes', 0, 'scenarios', 'base', 'costs', 4])).toEqual(src(9));
    expect(getIn(d, ['themes', 1, 'scenarios', 'base', 'costs', 4])).toBe('n/a');
    expect(getIn(d, ['themes'])).toHaveLength(2);
  });

  it('passes over read-only columns, so a copy with the theme names lines up', () => {
    const shares = shareColumns(['LA', 'NHS'], ['LA', 'NHS']);
    const d = pasteBlock(sample(), shares, 0, 0, [['Early help (copied)', '50%', '50']]);
    expect(getIn(d, ['themes', 0, 'name'])).toBe('Early help');
    expect(getIn(d, ['themes', 0, 'shares'])).toEqual({ LA: 0.5, NHS: src(0.5) });
  });
});
