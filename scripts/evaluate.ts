// npm run evaluate -- "scenario=base&leakage=20&delay=1" (or --leakage 20 --delay=1): the model's results as JSON on stdout.
import { evaluate, ignoredReport, parseSettings, toJson, withKnownArea } from '../src/model/index';
import { helpText, queryFrom } from './evaluate-args';
import { loadModelData } from './load-data';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(helpText());
} else {
  const data = loadModelData();
  // The area list is data, so an unknown area is found here rather than by the parser.
  const { settings, ignored } = withKnownArea(parseSettings(queryFrom(args)), data.areas);
  for (const line of ignoredReport(ignored)) process.stderr.write(`${line}\n`);
  const results = evaluate(data, settings);
  process.stdout.write(`${JSON.stringify(toJson(results, settings, ignored), null, 2)}\n`);
}
