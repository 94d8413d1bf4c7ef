import { PRESETS, activePreset, presetApplies, presetWords, usePresenter, useSettingsStore } from '../../state';

/** One-click starting points; the one matching the current settings is marked as active. */
export function Presets() {
  // The matching preset's id, not the settings: the buttons re-render only when it changes.
  const active = useSettingsStore((s) => activePreset(s.settings, s.vocabulary));
  const vocabulary = useSettingsStore((s) => s.vocabulary);
  const applyPreset = useSettingsStore((s) => s.applyPreset);
  const found = PRESETS.find((p) => p.id === active);
  const shown = found && presetWords(found, vocabulary);
  // In presenter mode the number keys pick the presets: each button shows its key.
  const presenter = usePresenter();
  return (
    <div className="presets">
      <h3 id="presets-heading">Presets</h3>
      <div role="group" aria-labelledby="presets-heading" className="preset-buttons">
        {/* A preset that means nothing for the case shown (it names a national partner) is left out; the keys keep their numbers. */}
        {PRESETS.map((p, i) => presetApplies(p, vocabulary) && (
          <button
            key={p.id}
            type="button"
            className="preset-button"
            aria-pressed={active === p.id}
            title={presetWords(p, vocabulary).description}
            onClick={() => applyPreset(p.id)}
            aria-keyshortcuts={presenter ? String(i + 1) : undefined}
          >
            {presenter && (
              <kbd className="preset-key" aria-hidden="true">
                {i + 1}
              </kbd>
            )}
            {active === p.id && <span aria-hidden="true">✓ </span>}
            {presetWords(p, vocabulary).label}
          </button>
        ))}
      </div>
      <p className="help" aria-live="polite">
        {shown ? `Showing: ${shown.label}. ${shown.description}` : 'Showing your own settings (no preset matches).'}
      </p>
    </div>
  );
}
