import { memo } from 'react';
import { NATIONAL_VOCABULARY, defaultSettings, numericFor, type LinkVocabulary, type NumericSpec, type Settings } from '../../model';
import { memoByIdentity, toDisplay, useSettingsStore } from '../../state';
import { NumericControl } from './NumericControl';

/** Take-up is of England's potential for the national case, of the case's own for a place's. */
const ownWords = (spec: NumericSpec, v: LinkVocabulary): NumericSpec =>
  v === NATIONAL_VOCABULARY || spec.key !== 'scale' ? spec : { ...spec, label: 'Take-up', help: 'Share of the case’s potential that is taken up. 100% is the case as entered.', source: 'Your case' };

const defaultsFor: (v: LinkVocabulary) => Settings = memoByIdentity((v: LinkVocabulary) => defaultSettings(v), 4);

/** One setting's slider, subscribed to its own value only, so a step re-renders no other control. */
export const NumericSetting = memo(function NumericSetting({ spec: national }: { spec: NumericSpec }) {
  const value = useSettingsStore((s) => s.settings[national.key]);
  const vocabulary = useSettingsStore((s) => s.vocabulary);
  const setNumeric = useSettingsStore((s) => s.setNumeric);
  const resetNumeric = useSettingsStore((s) => s.resetNumeric);
  const commit = useSettingsStore((s) => s.commit);
  // The case shown sets some ranges and defaults (a 25-year case appraises 25 years).
  const spec = ownWords(numericFor(national, vocabulary), vocabulary);
  if (spec.key === 'scenario' && !vocabulary.hasPrudent) {
    return (
      <p className="setting-unavailable" id="scenario-unavailable">
        <strong>{spec.label}:</strong> not available. This case gives a base scenario only, so there is no prudent one to blend with; add one in “Build your own case” to use this setting.
      </p>
    );
  }
  return (
    <NumericControl
      spec={spec}
      value={toDisplay(value, spec)}
      isDefault={value === defaultsFor(vocabulary)[spec.key]}
      onValue={(v, kind) => setNumeric(spec.key, v, kind)}
      onCommit={commit}
      onReset={() => resetNumeric(spec.key)}
      help={spec.help}
      source={spec.source}
    />
  );
});
