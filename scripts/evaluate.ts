// npm run evaluate -- "scenario=base&leakage=20&delay=1" (or --leakage 20 --delay=1): the model's results as JSON on stdout.
// With --case <file>: the same for a place's own case, the query read with its ids (README, "npm run evaluate output").
import { describeProblems, evaluate, ignoredReport, parseSettings, toJson, vocabularyOf, withKnownArea, type ModelData } from '../src/model/index';
import { caseArg, helpText, queryFrom } from './evaluate-args';
import { loadCaseFile, loadModelData } from './load-data';

/** The results for the data as JSON on stdout, what was ignored on stderr. */
function run(data: ModelData, query: string, ownCase: boolean) {
  // The area list is data, so an unknown area is found here rather than by the parser.
  const { settings, ignored } = withKnownArea(parseSettings(query, ownCase ? vocabularyOf(data) : undefined), data.areas);
  for (const line of ignoredReport(ignored)) process.stderr.write(`${line}\n`);
  const results = evaluate(data, settings);
  process.stdout.write(`${JSON.stringify(toJson(results, settings, ignored), null, 2)}\n`);
}

/** A case file the checks let through can still fail later: said as a problem with the file, never as a stack trace. */
function runCase(file: string, query: string): number {
  let stage = 'checked';
  try {
    const loaded = loadCaseFile(file);
    if (!loaded.ok) {
      process.stderr.write(`${loaded.error}\n`);
      return 1;
    }
    stage = 'evaluated';
    run(loaded.value, query, true);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${describeProblems(file, [{ path: [], message: `the case could not be ${stage} (${reason})` }])}\n`);
    return 1;
  }
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(helpText());
} else {
  const parsed = caseArg(args);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.problem} (npm run evaluate -- --help)\n`);
    process.exitCode = 2;
  } else if (parsed.file !== null) {
    process.exitCode = runCase(parsed.file, queryFrom(parsed.rest));
  } else {
    run(loadModelData(), queryFrom(parsed.rest), false);
  }
}
