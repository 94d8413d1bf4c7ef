import { memo } from 'react';
import { defaultSettings, type NumericSpec } from '../../model';
import { toDisplay, useSettingsStore } from '../../state';
import { NumericControl } from './NumericControl';

const DEFAULTS = defaultSettings();

/** One setting's slider, subscribed to its own value only, so a step re-renders no other control. */
export const NumericSetting = memo(function NumericSetting({ spec }: { spec: NumericSpec }) {
  const value = useSettingsStore((s) => s.settings[spec.key]);
  const setNumeric = useSettingsStore((s) => s.setNumeric);
  const resetNumeric = useSettingsStore((s) => s.resetNumeric);
  const commit = useSettingsStore((s) => s.commit);
  return (
    <NumericControl
      spec={spec}
      value={toDisplay(value, spec)}
      isDefault={value === DEFAULTS[spec.key]}
      onValue={(v, kind) => setNumeric(spec.key, v, kind)}
      onCommit={commit}
      onReset={() => resetNumeric(spec.key)}
      help={spec.help}
      source={spec.source}
    />
  );
});
