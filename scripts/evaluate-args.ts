// The command line of `npm run evaluate`, from the same table of link parameters the parser reads.
import { CASE_FORMAT, LINK_SPECS, findParam } from '../src/model/index';

/** --help: the link parameters, from the same table the parser reads. */
export function helpText(): string {
  const rows = Object.values(LINK_SPECS).map((s) => `  ${s.name.padEnd(18)} ${s.doc.replace(/`/g, '')}`);
  return [
    'Usage: npm run evaluate -- "<query>"   e.g. "scenario=prudent&leakage=20&delay=1"',
    '   or: npm run evaluate -- --<parameter> <value> … (or --<parameter>=<value>), e.g. --leakage 20 --leakage.hsc=30',
    '   or: npm run evaluate -- --case <file.json> "<query>"   (or --case=<file.json>) for a place’s own case',
    '',
    'Prints the results as JSON on stdout (README, "npm run evaluate output"). Money is in £bn.',
    '',
    `--case <file>  a place’s own business case (format "${CASE_FORMAT}", as the app imports and exports it)`,
    '               instead of the national 2013 case. The query is read with the case’s own theme and partner',
    '               ids (e.g. leakage.<its theme>=30, pay.<its partner>=40); the national ids (hsc, DH, …) are then',
    '               reported as ignored. Its horizon defaults to its own years. Money in the output stays in £bn',
    '               even when the case gives £m: its £m figures appear divided by 1000 (£6m is 0.006).',
    '               A file that is missing, unreadable, not JSON or fails the checks stops the run with exit code 1',
    '               and one line on stderr per problem: <file>: <field>: <reason>.',
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

/** `--case <file>` (or `--case=<file>`) taken out of the arguments; the rest go to `queryFrom`. A problem is a usage error. */
export type CaseArg = { ok: true; file: string | null; rest: string[] } | { ok: false; problem: string };

export function caseArg(args: readonly string[]): CaseArg {
  let file: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const flag = /^--case(?:=(.*))?$/s.exec(arg);
    if (!flag) {
      rest.push(arg);
      continue;
    }
    const given = flag[1] ?? args[(i += 1)];
    if (!given) return { ok: false, problem: '--case needs the path of a case file, e.g. --case anytown.json' };
    if (file !== null) return { ok: false, problem: `--case is given more than once ("${file}", "${given}"): give one case file` };
    file = given;
  }
  return { ok: true, file, rest };
}
