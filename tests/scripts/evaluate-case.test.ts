// @vitest-environment node
// `npm run evaluate -- --case <file>`: a place's own case, run as a user runs it. Spawning is slow
// (about 1.5 s each), so there are eight runs in all, side by side, and each broken file holds
// several problems the CLI reports together (it lists up to eight).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseArg } from '../../scripts/evaluate-args';
import type { CaseDoc } from '../../src/model';
import { ownCase } from '../fixtures/ownCase';

/** Eight runs side by side with the rest of the suite on a small machine: each is given a minute. */
const TIMEOUT = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const run = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', 'scripts/evaluate.ts', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (_error, stdout, stderr) =>
      resolve({ code: child.exitCode, stdout, stderr }),
    );
  });

interface Ledger {
  npv: number;
  pvBenefit: number;
  pvCost: number;
}
interface Out {
  settings: { horizon: number; rate: number; leakageByTheme: Record<string, number>; pay: { kind: string; partner?: string } };
  ignored: { param: string; reason: string }[];
  total: Ledger & { addressableSpend: number; paybackYear: string | null; switching: { leakage: number | null; delay: number | null; obCost: number | null }; yearly: { year: string }[] };
  themes: Record<string, Ledger & { switching: { leakage: number | null } }>;
  partners: Record<string, Ledger>;
  deal: { rule: string; centralShare: number | null; centralContribution: number };
}

const dir = mkdtempSync(join(tmpdir(), 'evaluate-case-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const json = (doc: unknown) => JSON.stringify(doc, null, 2);

/** The lines a broken file gives: each `<file>: <field>: <reason>`, never a stack trace. */
function expectRefused(r: Run, path: string): string[] {
  expect(r.code).not.toBe(0);
  expect(r.code).not.toBeNull();
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/Error:|node:internal|\.ts:\d+/);
  const lines = r.stderr.trimEnd().split('\n');
  for (const line of lines) {
    expect(line.startsWith(`${path}: `)).toBe(true);
    expect(line.slice(path.length + 2)).toMatch(/^(\(top level\)|[\w.-]+): \S/);
  }
  return lines;
}

describe('npm run evaluate -- --case: a place’s own case', () => {
  it('takes --case <file> or --case=<file> out of the arguments, and refuses it without a file or twice', () => {
    expect(caseArg(['--case', 'a.json', '--leakage', '20', 'delay=1'])).toEqual({ ok: true, file: 'a.json', rest: ['--leakage', '20', 'delay=1'] });
    expect(caseArg(['rate=0', '--case=my case.json'])).toEqual({ ok: true, file: 'my case.json', rest: ['rate=0'] });
    expect(caseArg(['rate=0'])).toEqual({ ok: true, file: null, rest: ['rate=0'] });
    for (const args of [['--case'], ['--case='], ['--case', ''], ['--case', 'a.json', '--case=b.json']]) expect(caseArg(args).ok, args.join(' ')).toBe(false);
  });

  it.concurrent('gives the documented JSON for a £m case, in £bn, to the hand-worked figures', async () => {
    // tests/fixtures/ownCase: £m, six years, no prudent scenario; at rate=0 every discount factor is 1
    // and the horizon is the case's own six years, so each present value is a plain sum.
    //   early-help: gross 6 × profile (0.25+0.5+0.75+1+1+1 = 4.5) = 27; costs 3+2+1.5+1.5+1.5+1.5 = 11; NPV 16
    //   Youth:      gross 2 × profile (0+0.5+1+1+1+1 = 4.5) = 9;         costs 1+1+0.5+0.5+0.5+0.5 = 4;  NPV 5
    //   total:      pvBenefit 36, pvCost 15, NPV 21 (£m) → 0.036, 0.015, 0.021 (£bn)
    // Partners (each pays its share of each theme's costs; shares add to 1 already):
    //   LA     0.4×27 + 0.2×9 = 12.6 benefit, 0.4×11 + 0.2×4 = 5.2 cost, NPV 7.4
    //   NHS    0.6×27 = 16.2,                 0.6×11 = 6.6,               NPV 9.6
    //   Police 0.8×9 = 7.2,                   0.8×4 = 3.2,                NPV 4.0   (7.4 + 9.6 + 4 = 21)
    // Leakage switching value 1 − C/B: total 1 − 15/36 = 7/12; early-help 1 − 11/27 = 16/27; Youth 1 − 4/9 = 5/9.
    // Optimism bias on costs B/C − 1 = 36/15 − 1 = 1.4.
    // Delay switching: benefits a year [1.5, 4, 6.5, 8, 8, 8]; NPV at delay 0, 1, 2, 3 = 21, 28−15 = 13,
    //   20−15 = 5, 12−15 = −3, so 2 + 5/(5+3) = 2.625 years.
    // Payback: net a year −2.5, +1, +4.5 → running −2.5, −1.5, +3: the third year, 2027-28.
    // Break-even: the local partner (LA) gets 12.6 of 36 against all 15 of cost: central partners pay
    //   1 − 12.6/15 = 0.16 of it, 2.4 (£m) → 0.0024.
    const r = await run('--case', file('anytown.json', json(ownCase())), 'rate=0');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.ignored).toEqual([]);
    expect(out.settings).toMatchObject({ horizon: 6, rate: 0 });
    expect(out.total.yearly.map((y) => y.year)).toEqual(['2025-26', '2026-27', '2027-28', '2028-29', '2029-30', '2030-31']);
    const close = (actual: number | null | undefined, expected: number) => expect(actual).toBeCloseTo(expected, 12);
    close(out.total.npv, 0.021);
    close(out.total.pvBenefit, 0.036);
    close(out.total.pvCost, 0.015);
    close(out.total.addressableSpend, 0.04); // £40m of early help; Youth gives none
    close(out.themes['early-help']?.npv, 0.016);
    close(out.themes.Youth?.npv, 0.005);
    close(out.partners.LA?.npv, 0.0074);
    close(out.partners.NHS?.npv, 0.0096);
    close(out.partners.Police?.npv, 0.004);
    close(out.partners.LA?.pvBenefit, 0.0126);
    close(out.partners.LA?.pvCost, 0.0052);
    close(out.total.switching.leakage, 7 / 12);
    close(out.themes['early-help']?.switching.leakage, 16 / 27);
    close(out.themes.Youth?.switching.leakage, 5 / 9);
    close(out.total.switching.obCost, 1.4);
    close(out.total.switching.delay, 2.625);
    expect(out.total.paybackYear).toBe('2027-28');
    close(out.deal.centralShare, 0.16);
    close(out.deal.centralContribution, 0.0024);
  }, TIMEOUT);

  it.concurrent('reads the query with the case’s own ids, as flags too, and reports the national ones as ignored', async () => {
    // leakage.youth (any letter case) halves Youth's benefit: 9 → 4.5, so the total is 31.5 − 15 = 16.5
    // and Youth's NPV 4.5 − 4 = 0.5. pay=lead:nhs puts all 15 of cost on NHS: NHS 16.2 − 15 = 1.2;
    // LA gets 0.4×27 + 0.2×4.5 = 11.7 and Police 0.8×4.5 = 3.6, paying nothing. Switching values are
    // taken without the leakage, so the total's stays 7/12.
    const path = file('anytown-flags.json', json(ownCase()));
    const r = await run(`--case=${path}`, '--rate', '0', '--leakage.youth', '50', '--pay=lead:nhs', 'leakage.hsc=10&pay.DH=40');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.settings.leakageByTheme).toEqual({ Youth: 0.5 });
    expect(out.settings.pay).toEqual({ kind: 'lead', partner: 'NHS' });
    expect(out.ignored).toEqual([
      { param: 'leakage.hsc', reason: '"hsc" is not a theme' },
      { param: 'pay.DH', reason: '"DH" is not a partner (partners LA, NHS, Police)' },
    ]);
    expect(r.stderr).toBe('ignored leakage.hsc: "hsc" is not a theme\nignored pay.DH: "DH" is not a partner (partners LA, NHS, Police)\n');
    const close = (actual: number | null | undefined, expected: number) => expect(actual).toBeCloseTo(expected, 12);
    close(out.total.npv, 0.0165);
    close(out.total.pvBenefit, 0.0315);
    close(out.themes.Youth?.npv, 0.0005);
    close(out.themes['early-help']?.npv, 0.016);
    close(out.partners.NHS?.npv, 0.0012);
    close(out.partners.NHS?.pvCost, 0.015);
    close(out.partners.LA?.npv, 0.0117);
    close(out.partners.Police?.npv, 0.0036);
    close(out.total.switching.leakage, 7 / 12);
  }, TIMEOUT);

  it.concurrent('refuses a missing file', async () => {
    const path = join(dir, 'no-such-case.json');
    const r = await run('--case', path);
    expectRefused(r, path);
    expect(r.stderr).toBe(`${path}: (top level): cannot read it: no such file\n`);
  }, TIMEOUT);

  it.concurrent('refuses text that is not JSON (NaN is not JSON)', async () => {
    const path = file('nan.json', json(ownCase()).replace('"grossBenefit": 6', '"grossBenefit": NaN'));
    const lines = expectRefused(await run('--case', path, 'rate=0'), path);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^.+: \(top level\): not valid JSON \(.+\)$/);
  }, TIMEOUT);

  it.concurrent('names the field and the reason for each wrong type, missing field, huge number, bad id and long text', async () => {
    const doc = ownCase() as unknown as Record<string, unknown> & CaseDoc;
    const early = doc.themes[0]!;
    (doc as unknown as Record<string, unknown>).name = 5;
    delete (doc as Partial<CaseDoc>).firstYear;
    (doc.partners[1] as unknown as Record<string, unknown>).local = 'yes';
    early.scenarios.base.costs[0] = 1e308;
    early.scenarios.base.profile[1] = -1e308;
    doc.partners[2]!.id = '__proto__';
    early.note = 'x'.repeat(100_000);
    // A long version, many lines of it, which the message quotes: cut to a line of readable length.
    (doc as unknown as Record<string, unknown>).version = 'x\n'.repeat(100_000);
    const path = file('wrong.json', json(doc));
    const lines = expectRefused(await run('--case', path), path);
    const at = (field: string) => lines.find((l) => l.startsWith(`${path}: ${field}: `));
    expect(at('name')).toBe(`${path}: name: the case name must be text`);
    expect(at('firstYear')).toBe(`${path}: firstYear: firstYear must be text such as "2025-26"`);
    expect(at('partners.1.local')).toMatch(/local must be true/);
    expect(at('partners.2.id')).toMatch(/must be a short id/);
    expect(at('themes.0.scenarios.base.costs.0')).toMatch(/must be an amount from 0 to 1,000,000 \(£m\)/);
    expect(at('themes.0.scenarios.base.profile.1')).toMatch(/a share realised from 0 to 2/);
    expect(at('themes.0.note')).toBeDefined();
    expect(at('version')).toMatch(/^.+: version: version "x\\nx\\n.*…" is not one this app reads \(expected 1\)$/);
    expect(at('themes.0.note')).toMatch(/: a note may have at most 2,000 characters$/);
    expect(at('version')!.length).toBeLessThan(path.length + 320);
    expect(lines).toHaveLength(8);
  }, TIMEOUT);

  it.concurrent('names every problem the checks find across fields: shares, ids, years', async () => {
    const doc = ownCase();
    doc.themes[0]!.shares = { LA: 0.9, NHS: 0.6, constructor: 0.1 };
    doc.themes[1]!.id = 'early-help';
    doc.themes[1]!.scenarios.base.costs.push(0.5);
    const path = file('cross.json', json(doc));
    expect(expectRefused(await run('--case', path), path).sort()).toEqual(
      [
        `${path}: themes.1.id: theme "early-help" appears twice`,
        `${path}: themes.0.shares.constructor: no partner "constructor" in partners`,
        `${path}: themes.0.shares: the shares add to 160.0%, more than 100%`,
        `${path}: themes.1.scenarios.base.costs: gives 7 years where the first theme gives 6: every theme needs the same years`,
      ].sort(),
    );
  }, TIMEOUT);

  it.concurrent('refuses, without a stack trace, a version nested 10,000 levels deep and ids every object has', async () => {
    // Ids that are names every object has ("constructor") would read the wrong thing from the model's records.
    const deep = file('deep.json', json(ownCase()).replace('"version": 1', `"version": ${'['.repeat(10_000)}1${']'.repeat(10_000)}`));
    const proto = ownCase();
    proto.themes[1]!.id = 'constructor';
    proto.partners[0]!.id = 'toString';
    for (const t of proto.themes) t.shares = Object.fromEntries(Object.entries(t.shares).map(([id, s]) => [id === 'LA' ? 'toString' : id, s]));
    const protoPath = file('proto.json', json(proto));
    const [rDeep, rProto] = await Promise.all([run('--case', deep), run('--case', protoPath, 'leakage.constructor=10')]);
    expect(expectRefused(rDeep, deep).join('\n')).toMatch(/^.+?: (version|\(top level\)): /);
    expect(expectRefused(rProto, protoPath).sort()).toEqual([
      `${protoPath}: partners.0.id: is a word JavaScript reserves (such as constructor): use another id`,
      `${protoPath}: themes.1.id: is a word JavaScript reserves (such as constructor): use another id`,
    ]);
  }, TIMEOUT);
});
