import { DATA_FILES, parseGoldenCsv, parseModelData, prepareDataSchemas, type GoldenRow, type ModelData } from '../model';
import { nextTask } from './nextTask';

export interface AppData {
  data: ModelData;
  /** Empty when the file could not be read (not fatal). */
  golden: GoldenRow[];
  warnings: string[];
}

export type LoadOutcome = { ok: true; value: AppData } | { ok: false; error: string };

type Fetch = (input: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>>;

/** Always under the deployed base path, never "/data". */
export function dataBaseUrl(base: string = import.meta.env.BASE_URL): string {
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return `${withSlash}data/`;
}

async function fetchText(fetchFn: Fetch, url: string, name: string): Promise<string> {
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new Error(`${name}: could not be fetched (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!response.ok) throw new Error(`${name}: the server answered ${response.status} ${response.statusText}`.trim());
  return response.text();
}

async function fetchJson(fetchFn: Fetch, base: string, name: string): Promise<unknown> {
  const text = await fetchText(fetchFn, `${base}${name}`, name);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${name}: is not valid JSON`);
  }
}

/** Fetches and validates the case, its areas and the published figures. Never throws: a failure names its file. */
export async function loadAppData(fetchFn: Fetch = (url) => fetch(url), base: string = dataBaseUrl()): Promise<LoadOutcome> {
  // Split into tasks so none holds a phone's main thread long: the schemas are built during the
  // download (a failure is not lost: the check below builds them again and fails in the open).
  const schemasReady = nextTask()
    .then(prepareDataSchemas)
    .catch(() => undefined);
  let files: [unknown, unknown];
  try {
    files = await Promise.all([fetchJson(fetchFn, base, DATA_FILES.case), fetchJson(fetchFn, base, DATA_FILES.areas)]);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  await schemasReady;
  await nextTask();
  const parsed = parseModelData({ case: files[0], areas: files[1] });
  if (!parsed.ok) return { ok: false, error: parsed.error };

  const warnings: string[] = [];
  let golden: GoldenRow[] = [];
  try {
    golden = parseGoldenCsv(await fetchText(fetchFn, `${base}published-figures.csv`, 'published-figures.csv'));
  } catch (error) {
    warnings.push(
      `The report’s published figures could not be read, so they are not drawn on the charts. ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { ok: true, value: { data: parsed.value, golden, warnings } };
}
