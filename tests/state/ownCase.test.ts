// A place's own case in the app's state: shown from a link, read against, kept by saved scenarios.
import { afterEach, describe, expect, it } from 'vitest';
import { caseModel, evaluate, defaultSettings, vocabularyOf, type ModelData } from '../../src/model';
import {
  addScenario,
  encodeCaseForLink,
  hashWithCase,
  urlFor,
  isForCase,
  openScenario,
  presetApplies,
  PRESETS,
  readScenarios,
  resetCaseStore,
  resetStore,
  selectBaseline,
  showCase,
  showCaseFromAddress,
  useCaseStore,
  useSettingsStore,
  settingsOf,
  ownVocabulary,
} from '../../src/state';
import { ownCase } from '../fixtures/ownCase';

afterEach(() => {
  resetCaseStore();
  resetStore();
  window.history.replaceState(null, '', '/');
});

const model = (): ModelData => {
  const m = caseModel(ownCase());
  if (!m.ok) throw new Error(m.error);
  return m.value;
};

describe('showing a place’s own case', () => {
  it('reads the link against it and puts the case in the address’s fragment', () => {
    const doc = ownCase();
    expect(showCase(doc, 'leakage.youth=40&pay=lead:nhs')).toBeNull();
    const { settings, vocabulary, ui } = useSettingsStore.getState();
    expect(vocabulary.partners).toEqual(['LA', 'NHS', 'Police']);
    expect(settings.leakageByTheme).toEqual({ Youth: 0.4 });
    expect(settings.pay).toEqual({ kind: 'lead', partner: 'NHS' });
    expect(settings.themes).toEqual(['early-help', 'Youth']);
    expect(ui.ignored).toEqual([]);
    const encoded = encodeCaseForLink(doc);
    expect(encoded.ok && window.location.hash).toBe(`#${encoded.ok ? encoded.fragment : ''}`);
    // Back to the national case: no fragment, the national defaults.
    showCase(null, '');
    expect(window.location.hash).toBe('');
    expect(useSettingsStore.getState().settings.themes).toEqual(['hsc', 'fcn', 'ws']);
  });

  it('opens a link carrying a case, and reports a broken one and shows the national case', () => {
    const encoded = encodeCaseForLink(ownCase());
    if (!encoded.ok) throw new Error(encoded.reason);
    showCaseFromAddress({ hash: `#${encoded.fragment}`, search: '?delay.Youth=2' });
    expect(useCaseStore.getState().active?.name).toBe(ownCase().name);
    expect(useSettingsStore.getState().settings.delayByTheme).toEqual({ Youth: 2 });
    // link → app → link: the address the app writes for the case it opened is the one it was given.
    expect(hashWithCase('')).toBe(`#${encoded.fragment}`);
    expect(urlFor(useSettingsStore.getState().settings, { pathname: '/', search: '', hash: hashWithCase(''), href: 'http://x/' })).toBe(`/?horizon=6&themes=Youth,early-help&delay.Youth=2&v=1#${encoded.fragment}`);
    showCaseFromAddress({ hash: '#case=1garbage!', search: '?leakage=10' });
    expect(useCaseStore.getState().active).toBeNull();
    expect(useCaseStore.getState().notice).toMatch(/^The case in this link could not be read: .* The national case is shown instead\.$/);
    expect(useSettingsStore.getState().settings.leakage).toBe(0.1);
  });

  it('measures the case against itself as given, not against the national base', () => {
    const data = model();
    const baseline = selectBaseline(data);
    expect(baseline.total.npv.toString()).toBe(evaluate(data, defaultSettings(vocabularyOf(data))).total.npv.toString());
    expect(baseline.total.npv.gt(0)).toBe(true);
  });

  it('offers only the presets that mean something for it', () => {
    const v = ownVocabulary(ownCase());
    expect(PRESETS.filter((p) => presetApplies(p, v)).map((p) => p.id)).toEqual(['base', 'half-leak', 'two-years-late', 'green-book-prudent']);
    useSettingsStore.getState().setVocabulary(v, '');
    useSettingsStore.getState().applyPreset('health-led');
    expect(useSettingsStore.getState().settings.lens).toEqual({ kind: 'all' });
    useSettingsStore.getState().applyPreset('half-leak');
    expect(useSettingsStore.getState().settings).toMatchObject({ leakage: 0.5, themes: ['early-help', 'Youth'], horizon: 6 });
  });
});

describe('a saved scenario keeps its case', () => {
  it('survives storage with its case, is read against it, and opens it', () => {
    const doc = ownCase();
    const v = ownVocabulary(doc);
    const added = addScenario([], 'Youth late', { ...defaultSettings(v), delayByTheme: { Youth: 2 } }, new Date(), 'a', doc);
    if (!added.ok) throw new Error(added.error);
    const read = readScenarios(JSON.parse(JSON.stringify({ schema: 1, scenarios: added.scenarios })));
    if (!read.ok) throw new Error(read.message);
    const [saved] = read.scenarios;
    expect(read.warnings).toEqual([]);
    expect(saved!.case).toEqual(doc);
    expect(isForCase(saved!, null)).toBe(false);
    expect(settingsOf(saved!.query, v).delayByTheme).toEqual({ Youth: 2 });
    openScenario(saved!);
    expect(useCaseStore.getState().active).toEqual(doc);
    expect(useSettingsStore.getState().settings.delayByTheme).toEqual({ Youth: 2 });
  });

  it('leaves out a stored scenario whose case is broken, saying why', () => {
    const read = readScenarios({ schema: 1, scenarios: [{ id: 'a', name: 'Bad', query: '', savedAt: new Date().toISOString(), case: { ...ownCase(), money: '$' } }] });
    if (!read.ok) throw new Error(read.message);
    expect(read.scenarios).toEqual([]);
    expect(read.errors).toEqual(['Scenario 1 (“Bad”): its case: money: money must be "£m" or "£bn"']);
  });
});
