import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CASE_LIMITS,
  DATA_FILES,
  caseModel,
  describeProblems,
  parseGoldenCsv,
  parseModelData,
  readCaseText,
  type CaseProblem,
  type GoldenRow,
  type ModelData,
} from '../src/model/index';

const dataDir = fileURLToPath(new URL('../public/data/', import.meta.url));
export const dataPath = (name: string) => `${dataDir}${name}`;
const readJson = (name: string): unknown => JSON.parse(readFileSync(dataPath(name), 'utf8'));

/** Loads and validates the app's data files from disk, exactly as the app does over HTTP. */
export function loadModelData(): ModelData {
  const parsed = parseModelData({ case: readJson(DATA_FILES.case), areas: readJson(DATA_FILES.areas) });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export const loadGoldenRows = (): GoldenRow[] => parseGoldenCsv(readFileSync(dataPath('published-figures.csv'), 'utf8'));

export type CaseLoad = { ok: true; value: ModelData } | { ok: false; error: string };

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'not allowed to read it',
  EPERM: 'not allowed to read it',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
};

/**
 * A place’s own case (the interchange format `community-budgets-case`) from a file, checked as the app
 * checks an imported one: each problem is a line `<file>: <field>: <reason>`, the field `(top level)`
 * when the file as a whole is at fault.
 */
export function loadCaseFile(file: string): CaseLoad {
  const refused = (message: string): CaseLoad => ({ ok: false, error: describeProblems(file, [{ path: [], message }]) });
  let text: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return refused('cannot read it: a folder, not a file');
    // Each character of the text takes at most three bytes, so a file this large is over the limit unread.
    if (stat.size > 3 * CASE_LIMITS.maxFileChars) {
      return refused(`the file is ${(stat.size / 1e6).toFixed(1)} MB; a case may have at most ${CASE_LIMITS.maxFileChars / 1e6} million characters`);
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    return refused(`cannot read it: ${(code && READ_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error))}`);
  }
  // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON does not allow.
  const checked = readCaseText(text.replace(/^\uFEFF/, ''), file);
  return checked.ok ? caseModel(checked.value, file) : { ok: false, error: describeProblems(file, checked.problems.map(oneLine)) };
}

const MAX_MESSAGE = 300;

/** One line a problem, of a readable length: JSON.parse quotes the text around its error, newlines and all, and a check may quote the value. */
const oneLine = (p: CaseProblem): CaseProblem => {
  const message = p.message.replace(/\s+/g, ' ').trim();
  return { ...p, message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message };
};
