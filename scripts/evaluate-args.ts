// The command line of `npm run evaluate`, from the same table of link parameters the parser reads.
import { LINK_SPECS, findParam } from '../src/model/index';

/** --help: the link parameters, from the same table the parser reads. */
export function helpText(): string {
  const rows = Object.values(LINK_SPECS).map((s) => `  ${s.name.padEnd(18)} ${s.doc.replace(/`/g, '')}`);
  return [
    'Usage: npm run evaluate -- "<query>"   e.g. "scenario=prudent&leakage=20&delay=1"',
    '   or: npm run evaluate -- --<parameter> <value> … (or --<parameter>=<value>), e.g. --leakage 20 --leakage.hsc=30',
    '',
    'Parameters (all optional; defaults in brackets; unknown or invalid ones are reported on stderr and ignored):',
    ...rows,
    '',
  ].join('\n');
}

/** The arguments as one query: "a=1&b=2" and "b=2" pass as they are; --name value and --name=value for a known parameter join them. */
export function queryFrom(args: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const flag = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (!flag || !findParam(flag[1]!)) parts.push(arg);
    else if (flag[2] !== undefined) parts.push(`${flag[1]}=${encodeURIComponent(flag[2])}`);
    else parts.push(`${flag[1]}=${encodeURIComponent(args[(i += 1)] ?? '')}`);
  }
  return parts.join('&');
}
