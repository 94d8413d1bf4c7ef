import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { CASE_LINK_MAX_CHARS, decodeCaseFromLink, encodeCaseForLink, withCaseFragment } from '../../src/state/caseLink';
import { checkCase, type CaseDoc } from '../../src/model/caseFile';

// Keys in the order `checkCase` gives them back, so a decoded case encodes to the same link.
const SMALL: CaseDoc = {
  format: 'community-budgets-case',
  version: 1,
  id: 'harbourside',
  name: 'Harbourside families programme',
  money: '£m',
  firstYear: '2025-26',
  partners: [
    { id: 'council', name: 'Harbourside Council', local: true, budget: { value: 420, source: 'Council budget book 2025-26' } },
    { id: 'nhs', name: 'NHS Harbourside', local: true },
    { id: 'DWP', name: 'Department for Work and Pensions', local: false, budget: 1200 },
  ],
  themes: [
    {
      id: 'families',
      name: 'Troubled families',
      shares: { council: { value: 0.5, source: 'local audit' }, nhs: 0.2, DWP: 0.3 },
      scenarios: { base: { profile: [0.1, 0.3, 0.6, 0.8, 1], grossBenefit: { value: 12.5, source: 'evaluation 2024' }, costs: [2, 2, 1.5, 1, 1] } },
    },
    {
      id: 'work',
      name: 'Work and skills',
      shortName: 'Work',
      addressableSpend: 80,
      shares: { council: 0.1, DWP: 0.9 },
      scenarios: { base: { profile: [0, 0.2, 0.5, 0.9, 1], grossBenefit: 6, costs: [1, 1, 1, 0.5, 0.5], ongoingCost: 0.5 } },
      note: 'Figures from the 2024 pilot.',
    },
  ],
};

const payloadOf = (doc: CaseDoc): string => {
  const link = encodeCaseForLink(doc);
  if (!link.ok) throw new Error(link.reason);
  return link.fragment.slice('case='.length);
};
const deflated = (text: string) => {
  const bytes = deflateSync(new TextEncoder().encode(text), { level: 9 });
  return `1${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
};
const errorOf = (hash: string): string => {
  const result = decodeCaseFromLink(hash);
  if (result.kind !== 'error') throw new Error(`expected an error, got ${result.kind}`);
  return result.error;
};

/** Text that does not compress (a fixed pseudo-random sequence), so the payload grows with it. */
const noise = (length: number, seed = 1) => {
  let x = seed;
  return Array.from({ length }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31), 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '[x % 63])).join('');
};
/** SMALL with `length` characters of noise spread over its description and notes. */
const padded = (length: number): CaseDoc => {
  const text = noise(length);
  return {
    ...SMALL,
    description: text.slice(0, 5000),
    themes: SMALL.themes.map((t, i) => ({ ...t, note: text.slice(5000 + i * 2000, 7000 + i * 2000) || undefined })),
  };
};

describe('a case in the link’s fragment', () => {
  it('the fixture is a valid case', () => {
    expect(checkCase(SMALL).ok).toBe(true);
  });

  it('round-trips link → case → link', () => {
    const link = encodeCaseForLink(SMALL);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.fragment).toMatch(/^case=1[A-Za-z0-9_-]+$/);
    expect(link.chars).toBe(link.fragment.length - 'case='.length);
    const decoded = decodeCaseFromLink(`#method&${link.fragment}&x=1`);
    expect(decoded).toEqual({ kind: 'case', doc: SMALL });
    if (decoded.kind !== 'case') return;
    expect(encodeCaseForLink(decoded.doc)).toEqual(link);
  });

  it('refuses a case just over the limit, saying how long and to share the file', () => {
    // The shortest noise that takes the payload over the limit (payload length grows with the noise).
    let [lo, hi] = [0, 9000];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (encodeCaseForLink(padded(mid)).ok) lo = mid;
      else hi = mid;
    }
    expect(encodeCaseForLink(padded(lo)).ok).toBe(true);
    const over = encodeCaseForLink(padded(hi));
    expect(over.ok).toBe(false);
    expect(over.chars).toBeGreaterThan(CASE_LINK_MAX_CHARS);
    expect(over.chars).toBeLessThan(CASE_LINK_MAX_CHARS + 10);
    if (over.ok) return;
    expect(over.reason).toBe(`This case would make a link ${over.chars.toLocaleString('en-GB')} characters long, more than the 8,000 that some mail and chat tools keep intact. Share the case as a file instead.`);
  });

  it('finds no case where there is none', () => {
    for (const hash of ['', '#', '#method', '#showcase=1abc&cases=2']) expect(decodeCaseFromLink(hash)).toEqual({ kind: 'none' });
  });

  describe('hostile or damaged links give a message, never a throw', () => {
    const good = payloadOf(SMALL);
    it('garbage base64', () => {
      expect(errorOf('#case=1abc$%^&*')).toMatch(/characters a case link never contains/);
      expect(errorOf('#case=1abcd=')).toMatch(/characters a case link never contains/);
    });
    it('a truncated payload', () => {
      // Cut to a length that is still well-formed base64, so the inflater meets the cut.
      const cut = good.slice(0, Math.floor(good.length / 2 / 4) * 4 + 1);
      expect(errorOf(`case=${cut}`)).toMatch(/damaged or cut short/);
    });
    it('a valid deflate of something not JSON', () => {
      expect(errorOf(`case=${deflated('hello, this is not a case')}`)).toMatch(/does not unpack to a JSON document/);
    });
    it('a valid deflate of JSON that is not a case', () => {
      const error = errorOf(`case=${deflated(JSON.stringify({ format: 'community-budgets-case', version: 1, name: '', money: '£m' }))}`);
      expect(error).toMatch(/^The case in this link has problems:\ncase in the link: name: the case name must not be empty/);
      expect(errorOf(`case=${deflated('[1, 2, 3]')}`)).toMatch(/has problems/);
    });
    it('a zip bomb (50 MB of spaces) stops at the size limit', () => {
      const bomb = deflated(' '.repeat(50_000_000));
      expect(bomb.length).toBeLessThan(100_000);
      expect(errorOf(`case=${bomb}`)).toMatch(/unpacks to more than 5 million characters/);
    });
    it('an unknown version prefix', () => {
      expect(errorOf(`case=2${good.slice(1)}`)).toMatch(/link format this app does not know \(“2”\)/);
    });
    it('an empty case=', () => {
      expect(errorOf('#case=')).toMatch(/nothing after it/);
      expect(errorOf('#method&case')).toMatch(/nothing after it/);
    });
    it('any text after case= (property)', () => {
      const damaged = fc
        .tuple(fc.nat(), fc.string({ maxLength: 4 }))
        .map(([at, insert]) => ((i) => good.slice(0, i) + insert + good.slice(i + 1))(at % good.length));
      const text = fc.oneof(fc.string(), fc.stringMatching(/^1[A-Za-z0-9_-]{0,200}$/), damaged);
      fc.assert(
        fc.property(text, (payload) => {
          const result = decodeCaseFromLink(`#case=${payload}`);
          expect(['none', 'case', 'error']).toContain(result.kind);
          if (result.kind === 'error') expect(result.error).toMatch(/^The case in this link /);
        }),
        { numRuns: 500 },
      );
    });
  });

  it('withCaseFragment replaces, adds or removes the case part and keeps the others', () => {
    expect(withCaseFragment('#method', 'case=1abc')).toBe('#method&case=1abc');
    expect(withCaseFragment('method&case=1old&x=2', 'case=1new')).toBe('#method&x=2&case=1new');
    expect(withCaseFragment('#case=1old&check', null)).toBe('#check');
    expect(withCaseFragment('#case=1old', null)).toBe('');
    expect(withCaseFragment('', 'case=1abc')).toBe('#case=1abc');
    expect(withCaseFragment('#showcase=1&case', null)).toBe('#showcase=1');
  });
});
