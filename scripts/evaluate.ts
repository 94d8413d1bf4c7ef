// npm run evaluate -- "scenario=base&leakage=20&delay=1": the model's results as JSON on stdout.
import { evaluate, ignoredReport, parseSettings, toJson, withKnownArea } from '../src/model/index';
import { loadModelData } from './load-data';

const query = process.argv.slice(2).join('&');
const data = loadModelData();
// The area list is data, so an unknown area is found here rather than by the parser.
const { settings, ignored } = withKnownArea(parseSettings(query), data.areas);
for (const line of ignoredReport(ignored)) process.stderr.write(`${line}\n`);
const results = evaluate(data, settings);
process.stdout.write(`${JSON.stringify(toJson(results, settings, ignored), null, 2)}\n`);
