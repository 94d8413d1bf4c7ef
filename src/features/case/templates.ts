import { CASE_FORMAT, CASE_FORMAT_VERSION, caseDocOf, readCaseText, type CaseCheck, type CaseDoc, type ModelData } from '../../model';

// The cases a user can start building from: the national aggregation, each annex pilot on its own,
// an illustrative local case (a made-up place) and a blank one.

export interface CaseTemplate {
  key: string;
  label: string;
  help: string;
}

/** Under public/: the illustrative local case. */
export const EXAMPLE_FILE = 'data/cases/example-anytown.json';

/** The financial year (April to March) a date falls in: 14 May 2025 and 31 March 2026 are both in 2025-26. */
export function currentFinancialYear(now: Date = new Date()): string {
  const start = now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The report's national aggregation: its aggregated themes (the annex pilots are cases of their own). */
export function nationalTemplate(national: ModelData): CaseDoc {
  const themes = national.themes.filter((t) => t.status === 'aggregated').map((t) => t.id);
  return caseDocOf(national, { themes, name: national.name, id: national.id });
}

/** Each annex pilot (an indicative theme of the national case) as a case of one theme. */
export function pilotTemplates(national: ModelData): { key: string; label: string; doc: CaseDoc }[] {
  return national.themes
    .filter((t) => t.status === 'indicative')
    .map((t) => {
      const name = `${t.shortName} (annex pilot case)`;
      return { key: `pilot-${t.id}`, label: name, doc: caseDocOf(national, { themes: [t.id], name, id: `${t.id}-pilot` }) };
    });
}

const zeros = (n: number) => Array.from({ length: n }, () => 0);

/** One theme of zeros, a local council and the NHS, five years from this financial year, in £m. */
export function blankTemplate(now: Date = new Date()): CaseDoc {
  const scenario = () => ({ profile: zeros(5), grossBenefit: 0, costs: zeros(5), ongoingCost: 0 });
  return {
    format: CASE_FORMAT,
    version: CASE_FORMAT_VERSION,
    name: 'New case',
    money: '£m',
    firstYear: currentFinancialYear(now),
    partners: [
      { id: 'LA', name: 'Local authority', local: true },
      { id: 'NHS', name: 'NHS', local: false },
    ],
    themes: [{ id: 'theme-1', name: 'Theme 1', addressableSpend: 0, shares: {}, scenarios: { base: scenario() } }],
  };
}

type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

/** The illustrative local case from the app's own files, checked like any other. */
export async function loadExample(base: string, fetchText: FetchText = (url) => fetch(url)): Promise<CaseCheck> {
  const file = EXAMPLE_FILE.split('/').pop()!;
  try {
    const response = await fetchText(`${base}${EXAMPLE_FILE}`);
    if (!response.ok) return { ok: false, error: `${file}: could not be loaded (HTTP ${response.status})`, problems: [{ path: [], message: `could not be loaded (HTTP ${response.status})` }] };
    return readCaseText(await response.text(), file);
  } catch (error) {
    const message = `could not be loaded (${error instanceof Error ? error.message : String(error)}); are you offline?`;
    return { ok: false, error: `${file}: ${message}`, problems: [{ path: [], message }] };
  }
}

/**
 * The address of the explorer from the builder's: the same fragment without its leading `build` page,
 * so the `case=…` part stays ("#build&case=1abc" → "#case=1abc", "#build" → "").
 */
export function explorerHash(hash: string): string {
  const parts = hash.replace(/^#/, '').split('&').filter(Boolean);
  const rest = parts[0] === 'build' ? parts.slice(1) : parts;
  return rest.length ? `#${rest.join('&')}` : '';
}
