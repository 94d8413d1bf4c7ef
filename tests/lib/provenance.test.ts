import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model';
import { dateInWords, provenanceLines, settingsInWords } from '../../src/lib/provenance';
import { wrapLink } from '../../src/lib/chartImage';
import { loadData } from '../helpers';

const data = loadData();
const NOW = new Date('2026-12-05T12:00:00Z');

describe('what made an output (chart images, print, copied text)', () => {
  it('names only the settings that differ from the report base, and the date in words', () => {
    const settings = { ...defaultSettings(), leakage: 0.2, delay: 1, lens: { kind: 'exclude' as const, partner: 'DWP' as const } };
    const [first, second] = provenanceLines(settings, data, 'https://example.org/?leakage=20', NOW);
    expect(first).toBe('Settings: Leakage 20%; Delay 1 year; Department for Work and Pensions is left out (all else as the report’s base).');
    expect(second).toBe('Made with the Community Budgets Explorer on 5 December 2026: https://example.org/?leakage=20');
    expect(dateInWords(NOW)).toBe('5 December 2026');
  });

  it('says so when the settings are the report base', () => {
    expect(settingsInWords(defaultSettings(), data)).toBe('the report’s base settings');
  });

  it('cuts a link longer than a line into pieces that fit, losing nothing', () => {
    const link = `https://example.org/community-budgets-explorer/?${'leakage=20&'.repeat(12)}v=1`;
    const lines = wrapLink(`Made on 5 December 2026: ${link}`, 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(`Madeon5December2026:${link}`);
  });
});
