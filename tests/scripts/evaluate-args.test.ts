// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { helpText, queryFrom } from '../../scripts/evaluate-args';
import { LINK_SPECS, parseSettings } from '../../src/model';

describe('npm run evaluate arguments', () => {
  it('passes a query, or several, as it is', () => {
    expect(queryFrom(['scenario=prudent&leakage=20'])).toBe('scenario=prudent&leakage=20');
    expect(queryFrom(['scenario=prudent', 'leakage=20'])).toBe('scenario=prudent&leakage=20');
  });

  it('reads --name value and --name=value for every link parameter', () => {
    expect(parseSettings(queryFrom(['--scenario', 'prudent', '--leakage=20', '--lens', 'lead:DH', '--leakage.hsc', '30'])).settings).toMatchObject({
      scenario: 0,
      leakage: 0.2,
      lens: { kind: 'lead', partner: 'DH' },
      leakageByTheme: { hsc: 0.3 },
    });
    expect(queryFrom(['--range.delay=0-2', '--area', 'custom', '--pop', '1.5', '--v', '1'])).toBe('range.delay=0-2&area=custom&pop=1.5&v=1');
  });

  it('leaves an unknown flag for the parser to report, without taking the next argument', () => {
    expect(queryFrom(['--colour', 'blue', 'delay=1'])).toBe('--colour&blue&delay=1');
  });

  it('lists every link parameter in --help', () => {
    const help = helpText();
    for (const spec of Object.values(LINK_SPECS)) expect(help).toContain(`  ${spec.name.padEnd(18)} ${spec.doc.replace(/`/g, '')}`);
  });
});
