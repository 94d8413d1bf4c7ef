// Which case the explorer shows (the national one, or a place's own) and the case being built.
// The case shown comes from the link (#case=…) or from "Use this case"; the one being built is kept
// in this browser as typed, problems and all, so nothing typed is lost on a reload.
import { create } from 'zustand';
import { combine } from 'zustand/middleware';
import { caseJson, caseModel, checkCase, vocabularyOf, type CaseDoc, type LinkVocabulary, type ModelData } from '../model';
import type { AppData } from './data';
import { memoByIdentity } from './memo';
import type { StorageLike } from './saved';

export const OWN_CASE_KEY = 'community-budgets-explorer:own-case';

const storage = (): StorageLike | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

/** The case being built, as last stored (any JSON: the editor shows what is wrong with it). */
function readDraft(store: StorageLike | null): unknown {
  try {
    const text = store?.getItem(OWN_CASE_KEY);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** The model's case for a checked document (a document that fails is never made active). */
export const ownModel: (doc: CaseDoc) => ModelData = memoByIdentity((doc: CaseDoc) => {
  const m = caseModel(doc);
  if (!m.ok) throw new Error(m.error);
  return m.value;
}, 4);

/** The app's data for a place's own case: no published figures to draw, no areas. */
export const ownAppData: (doc: CaseDoc) => AppData = memoByIdentity((doc: CaseDoc) => ({ data: ownModel(doc), golden: [], warnings: [] }), 4);

export const ownVocabulary: (doc: CaseDoc) => LinkVocabulary = memoByIdentity((doc: CaseDoc) => vocabularyOf(ownModel(doc)), 4);

/** Two documents that say the same. */
export const sameCase = (a: CaseDoc | null, b: CaseDoc | null): boolean => a === b || (a !== null && b !== null && caseJson(a) === caseJson(b));

export const initialCaseState = () => ({
  /** The case shown; null = the national case. */
  active: null as CaseDoc | null,
  /** The case being built, as typed. */
  draft: readDraft(storage()) as unknown,
  /** Said once: a case in the link that could not be used, or the browser refusing to keep the draft. */
  notice: null as string | null,
  editorOpen: false,
});

export const useCaseStore = create(
  combine(initialCaseState(), (set) => ({
    /** Shows a checked case (null: back to the national case); a case the model refuses is not shown, and said so. */
    showCase: (doc: CaseDoc | null): string | null => {
      const refused = doc ? caseModel(doc) : null;
      if (refused && !refused.ok) {
        set({ notice: `This case could not be shown: ${refused.error}` });
        return refused.error;
      }
      set({ active: doc });
      return null;
    },
    setDraft: (draft: unknown) => {
      let notice: string | null = null;
      try {
        const store = storage();
        if (draft === null) store?.removeItem(OWN_CASE_KEY);
        else store?.setItem(OWN_CASE_KEY, JSON.stringify(draft));
      } catch {
        notice = 'This browser would not keep the case you are building (its storage is full or blocked): export it to a file before you close the page.';
      }
      set(notice ? { draft, notice } : { draft });
    },
    setNotice: (notice: string | null) => set({ notice }),
    setEditorOpen: (editorOpen: boolean) => set({ editorOpen }),
  })),
);

/** The draft as a case, when it has no problems. */
export const draftCase = (draft: unknown): CaseDoc | null => {
  const checked = checkCase(draft);
  return checked.ok ? checked.value : null;
};

export const resetCaseStore = () => useCaseStore.setState(initialCaseState());
