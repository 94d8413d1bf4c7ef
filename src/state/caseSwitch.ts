// Showing another case: the case store, the vocabulary the settings are read with, and the link's
// #case= fragment move together, so the address always says which case the figures are for.
import { NATIONAL_VOCABULARY, type CaseDoc } from '../model';
import { ownVocabulary, sameCase, useCaseStore } from './case';
import { decodeCaseFromLink, encodeCaseForLink, withCaseFragment } from './caseLink';
import type { SavedScenario } from './savedCodec';
import { useSettingsStore } from './store';

/** The fragment for the case shown: `case=…`, or null for the national case or one too large for a link. */
export function caseFragment(doc: CaseDoc | null): string | null {
  if (!doc) return null;
  const encoded = encodeCaseForLink(doc);
  return encoded.ok ? encoded.fragment : null;
}

/** Why the case shown is not in the link, if it is not. */
export function caseLinkProblem(doc: CaseDoc | null): string | null {
  if (!doc) return null;
  const encoded = encodeCaseForLink(doc);
  return encoded.ok ? null : encoded.reason;
}

/** The address's fragment with the case shown (and only it). */
export const hashWithCase = (hash: string, doc: CaseDoc | null = useCaseStore.getState().active): string => withCaseFragment(hash, caseFragment(doc));

/**
 * Shows a case (null: the national one) with the settings in `query` read against it (default: the
 * current settings, which keep what still applies). Returns why it could not, or null.
 */
export function showCase(doc: CaseDoc | null, query?: string, win: Window | null = typeof window === 'undefined' ? null : window): string | null {
  const refused = useCaseStore.getState().showCase(doc);
  if (refused) return refused;
  useSettingsStore.getState().setVocabulary(doc ? ownVocabulary(doc) : NATIONAL_VOCABULARY, query, 'commit');
  if (win) {
    const hash = hashWithCase(win.location.hash, doc);
    if (hash !== win.location.hash) win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${hash}`);
  }
  return null;
}

/** At start and on Back: the case the address carries (a broken one is reported and the national case shown). */
export function showCaseFromAddress(place: Pick<Location, 'hash' | 'search'>): void {
  const decoded = decodeCaseFromLink(place.hash);
  const store = useCaseStore.getState();
  const doc = decoded.kind === 'case' ? decoded.doc : null;
  if (decoded.kind === 'error') store.setNotice(`${decoded.error} The national case is shown instead.`);
  if (sameCase(store.active, doc)) return useSettingsStore.getState().loadFromQuery(place.search, 'external');
  const refused = store.showCase(doc);
  useSettingsStore.getState().setVocabulary(doc && !refused ? ownVocabulary(doc) : NATIONAL_VOCABULARY, place.search, 'external');
}

/** Opens a saved scenario: its case first, when it is for another one. */
export function openScenario(scenario: Pick<SavedScenario, 'query' | 'case'>): void {
  const doc = scenario.case ?? null;
  if (sameCase(useCaseStore.getState().active, doc)) useSettingsStore.getState().loadFromQuery(scenario.query, 'commit');
  else showCase(doc, scenario.query);
}
