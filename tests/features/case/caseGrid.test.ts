import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/model';
import { builderView, keptButUnread, LOOSE_PROBLEMS_ID } from '../../../src/features/case/builderView';
import { cellDomId, cellKey, cellMessage, locateProblems, pageCells, placeOf, themeColumns } from '../../../src/features/case/caseGrid';
import { setCell, setIn, setPrudent } from '../../../src/features/case/draftEdit';
import { draftStatus, draftYears, yearLabels } from '../../../src/features/case/draftRead';
import { blankTemplate } from '../../../src/features/case/templates';

const blank = () => blankTemplate(new Date(2025, 3, 1));
const YEARS = ['2025-26', '2026-27', '2027-28', '2028-29', '2029-30'];

describe('the grids’ columns', () => {
  it('give the base table the theme’s own fields, then realisation and costs by year', () => {
    const cols = themeColumns('base', YEARS, '£m');
    expect(cols.map((c) => c.key)).toEqual(['id', 'name', 'addressableSpend', 'grossBenefit', 'ongoingCost', ...YEARS.map((_, i) => `profile-${i}`), ...YEARS.map((_, i) => `costs-${i}`)]);
    expect(cols.find((c) => c.key === 'costs-1')!.label).toBe('costs 2026-27');
    expect(cols.find((c) => c.key === 'costs-1')!.path(3)).toEqual(['themes', 3, 'scenarios', 'base', 'costs', 1]);
  });

  it('give the prudent table a read-only name instead of the theme’s own fields', () => {
    const cols = themeColumns('prudent', YEARS, '£m');
    expect(cols[0]).toMatchObject({ key: 'name', readOnly: true });
    expect(cols.some((c) => c.key === 'id' || c.key === 'addressableSpend')).toBe(false);
    expect(cols.find((c) => c.key === 'profile-0')!.path(0)).toEqual(['themes', 0, 'scenarios', 'prudent', 'profile', 0]);
  });

  it('label the years of a case from its first year, or by number while it has none', () => {
    expect(yearLabels(blank())).toEqual(YEARS);
    expect(yearLabels(setIn(blank(), ['firstYear'], '2025'))).toEqual(['Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5']);
  });
});

describe('problems beside their boxes', () => {
  it('puts a problem at the deepest box its path falls in, and the rest in a loose list', () => {
    const cells = pageCells(blank(), YEARS);
    const located = locateProblems(
      [
        { path: ['themes', 0, 'scenarios', 'base', 'costs', 2, 'value'], message: 'must be a number' },
        { path: ['themes', 0, 'scenarios', 'base', 'profile'], message: 'gives 4 years' },
        { path: ['firstYear'], message: 'must be a financial year' },
        { path: ['themes', 0, 'shares', 'LA', 'range'], message: 'the range must hold the share' },
        { path: ['themes', 0, 'shares', 'ghost'], message: 'no partner "ghost"' },
      ],
      cells,
    );
    expect(located.byCell.get(cellKey(['themes', 0, 'scenarios', 'base', 'costs', 2]))).toEqual(['must be a number']);
    expect(located.byCell.get(cellKey(['firstYear']))).toEqual(['must be a financial year']);
    expect(located.byCell.get(cellKey(['themes', 0, 'shares', 'LA']))).toEqual(['the range must hold the share']);
    // A share to no partner has no box of its own: it goes with the theme's total.
    expect(located.byCell.get(cellKey(['themes', 0, 'shares']))).toEqual(['no partner "ghost"']);
    expect(located.loose).toEqual([{ path: ['themes', 0, 'scenarios', 'base', 'profile'], message: 'gives 4 years' }]);
    expect(located.first).toEqual(['themes', 0, 'scenarios', 'base', 'costs', 2]);
  });

  it('has boxes for the prudent table only when the case has one', () => {
    const prudentCell = cellKey(['themes', 0, 'scenarios', 'prudent', 'costs', 0]);
    expect(pageCells(blank(), YEARS).map(cellKey)).not.toContain(prudentCell);
    expect(pageCells(setPrudent(blank(), true), YEARS).map(cellKey)).toContain(prudentCell);
  });

  it('says what was typed when it is not a number, and puts shares’ bounds in %', () => {
    expect(cellMessage('money', 'abc', ['Invalid input'])).toBe('“abc” is not a number.');
    expect(cellMessage('money', { value: '', source: 's' }, ['Invalid input'])).toBe('Type a number: this box must not be blank.');
    expect(cellMessage('percent', 1.5, ['must be a share from 0 to 1'])).toBe('Must be a share from 0% to 100%.');
    expect(cellMessage('text', 'x y', ['must be a short id', 'must be a short id'])).toBe('Must be a short id.');
  });

  it('names the place of a loose problem in words', () => {
    const d = blank();
    expect(placeOf(['themes', 0, 'scenarios', 'base', 'profile'], d, YEARS)).toBe('Theme 1, base scenario, realisation');
    expect(placeOf(['themes', 0, 'scenarios', 'prudent', 'costs', 1], d, YEARS)).toBe('Theme 1, prudent scenario, costs, 2026-27');
    expect(placeOf(['partners'], d, YEARS)).toBe('Partners');
    expect(placeOf([], d, YEARS)).toBe('The case');
  });

  it('makes element ids that differ for every path, whatever a partner id holds', () => {
    const a = cellDomId(['themes', 0, 'shares', 'a.b']);
    const b = cellDomId(['themes', 0, 'shares', 'a', 'b']);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});

describe('the page’s view of a draft', () => {
  it('tells an empty draft, a case it can lay out and one it cannot', () => {
    expect(draftStatus(null)).toBe('empty');
    expect(draftStatus(blank())).toBe('readable');
    for (const hostile of [42, 'text', [1, 2], { themes: 'x', partners: [] }, { themes: [] }, { themes: Array(500).fill({}), partners: [] }]) expect(draftStatus(hostile)).toBe('unreadable');
  });

  it('gives the case when there are no problems, and where the first problem is when there are', () => {
    const ok = builderView(blank());
    expect(ok.doc).not.toBeNull();
    expect(ok.problemCount).toBe(0);
    const path = ['themes', 0, 'scenarios', 'base', 'costs', 1];
    const bad = builderView(setCell(blank(), path, 'money', 'lots'));
    expect(bad.doc).toBeNull();
    expect(bad.problemCount).toBe(1);
    expect(bad.firstProblemId).toBe(cellDomId(path));
    const loose = builderView(setIn(blank(), ['themes', 0, 'scenarios', 'base', 'profile'], [0, 0]));
    expect(loose.firstProblemId).toBe(LOOSE_PROBLEMS_ID);
  });

  it('never throws on a hostile draft that it can lay out', () => {
    const hostile = { themes: [null, 7, { scenarios: 'x', shares: [1] }, { scenarios: { base: { profile: [null, {}, 'a'] } } }], partners: [null, { id: 5 }], money: {}, firstYear: 2025 };
    const view = builderView(hostile);
    expect(view.status).toBe('readable');
    expect(view.problemCount).toBeGreaterThan(0);
    expect(draftYears(hostile)).toBe(5);
    expect(checkCase(hostile).ok).toBe(false);
  });
});

describe('keptButUnread', () => {
  it('is true only when nothing could be read but this browser keeps some text', () => {
    expect(keptButUnread(null, () => '{ broken')).toBe(true);
    expect(keptButUnread(null, () => null)).toBe(false);
    expect(keptButUnread({}, () => '{}')).toBe(false);
    expect(
      keptButUnread(null, () => {
        throw new Error('SecurityError');
      }),
    ).toBe(false);
  });
});
