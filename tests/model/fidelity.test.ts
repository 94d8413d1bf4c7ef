import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, fidelityTable, knownDifferences, parseGoldenCsv, parseModelData, summariseFidelity } from '../../src/model/index';

const read = (name: string) => readFileSync(resolve(process.cwd(), 'public/data', name), 'utf8');
const parsed = parseModelData({
  case: JSON.parse(read(DATA_FILES.case)),
  areas: JSON.parse(read(DATA_FILES.areas)),
});
if (!parsed.ok) throw new Error(parsed.error);
const rows = parseGoldenCsv(read('published-figures.csv'));
const table = fidelityTable(rows, parsed.value);
const KNOWN_DIFFERENCES = knownDifferences(parsed.value);

describe('the model against every published figure (golden table)', () => {
  it.each(table.filter((r) => !r.knownReason).map((r) => [r.id, r] as const))(
    '%s matches at the report’s precision',
    (_id, row) => {
      expect(row.model, `no model figure for ${row.id}`).not.toBeNull();
      expect(row.match, `${row.id}: published ${row.publishedText}, model ${row.model?.join(' | ')}, difference ${row.difference}`).toBe(true);
    },
  );

  it.each(table.filter((r) => r.knownReason).map((r) => [r.id, r] as const))(
    '%s is documented as not reproducible and indeed differs',
    (_id, row) => {
      expect(row.match).toBe(false);
    },
  );

  it('documents only figures that exist in the golden table', () => {
    const ids = new Set(rows.map((r) => r.id));
    expect(Object.keys(KNOWN_DIFFERENCES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('matches every headline, yearly, leakage and delay figure of the three aggregated themes', () => {
    const core = table.filter((r) => /^(hsc|fcn|ws)\.(netAnnual|npv|net|switchLeakage|switchDelay|pctSpend)\b/.test(r.id));
    expect(core.length).toBe(3 * (2 + 2 + 10 + 2 + 1 + 2));
    expect(core.filter((r) => !r.match).map((r) => r.id)).toEqual([]);
  });

  it('leaves no miss unexplained', () => {
    const summary = summariseFidelity(table);
    expect(summary.unexplained.map((r) => r.id)).toEqual([]);
    expect(summary.staleReasons.map((r) => r.id)).toEqual([]);
    expect(summary.total).toBe(rows.length);
  });
});
