// npm run evaluate -- "scenario=base&leakage=20&delay=1": the model's results as JSON on stdout.
import { evaluate, parseSettings, toJson } from '../src/model/index';
import { loadModelData } from './load-data';

const query = process.argv.slice(2).join('&');
const { settings, ignored } = parseSettings(query);
for (const i of ignored) process.stderr.write(`ignored ${i.param}: ${i.reason}\n`);
const results = evaluate(loadModelData(), settings);
process.stdout.write(`${JSON.stringify(toJson(results, settings, ignored), null, 2)}\n`);
