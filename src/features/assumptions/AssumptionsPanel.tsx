import { memo, useState } from 'react';
import { GreenBookSettings } from './GreenBookSettings';
import { NumericSetting } from './NumericSetting';
import { ACTS_ALONE, LEAVE_ONE_OUT } from '../../lib/lensWords';
import { NUMERIC_SPECS, type PartnerId, type PartnerLens, type ThemeId } from '../../model';
import { activePreset, specFor, toDisplay, useAppData, useSettingsStore } from '../../state';
import { NumericControl, withUnit } from './NumericControl';
import { Presets } from './Presets';
import { themeColours } from '../../ui/palette';

function ThemeChoices() {
  const { data } = useAppData();
  const included = useSettingsStore((s) => s.settings.themes);
  const setThemeIncluded = useSettingsStore((s) => s.setThemeIncluded);
  return (
    <fieldset className="fieldset" data-group="themes">
      <legend>Themes included</legend>
      <ul className="choice-list">
        {data.themes.map((t) => {
          const id = `theme-${t.id}`;
          return (
            <li key={t.id} className="choice">
              <input
                type="checkbox"
                id={id}
                checked={included.includes(t.id)}
                onChange={(e) => setThemeIncluded(t.id, e.target.checked)}
              />
              <label htmlFor={id}>
                <span className="swatch" style={{ background: themeColours(data.themes)[t.id] }} aria-hidden="true" />
                {t.name.replace(/\s*\(indicative\)\s*$/i, '')}
                {t.status === 'indicative' && <span className="tag"> (indicative, not aggregated by the common method)</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

const LENS_OPTIONS: { kind: PartnerLens['kind']; label: string; help: string }[] = [
  { kind: 'all', label: 'All partners together', help: 'Every partner takes part and shares the savings as the report did.' },
  { kind: 'lead', label: 'One partner acts alone', help: ACTS_ALONE },
  { kind: 'exclude', label: 'Leave one partner out', help: LEAVE_ONE_OUT },
];

function LensChoice() {
  const { data } = useAppData();
  const lens = useSettingsStore((s) => s.settings.lens);
  const lensPartner = useSettingsStore((s) => s.ui.lensPartner);
  const setLensKind = useSettingsStore((s) => s.setLensKind);
  const setLensPartner = useSettingsStore((s) => s.setLensPartner);
  const partner = lens.kind === 'all' ? lensPartner : lens.partner;
  return (
    <fieldset className="fieldset" data-group="lens">
      <legend>Who takes part (partner lens)</legend>
      <ul className="choice-list">
        {LENS_OPTIONS.map((o) => {
          const id = `lens-${o.kind}`;
          return (
            <li key={o.kind} className="choice">
              <input
                type="radio"
                name="lens"
                id={id}
                value={o.kind}
                checked={lens.kind === o.kind}
                onChange={() => setLensKind(o.kind)}
                aria-describedby={`${id}-help`}
              />
              <label htmlFor={id}>{o.label}</label>
              <span className="help choice-help" id={`${id}-help`}>
                {o.help}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="select-row">
        <label htmlFor="lens-partner">Partner</label>
        <select
          id="lens-partner"
          value={partner}
          disabled={lens.kind === 'all'}
          aria-describedby="lens-partner-help"
          onChange={(e) => setLensPartner(e.target.value as PartnerId)}
        >
          {data.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <span className="help" id="lens-partner-help">
          {lens.kind === 'all' ? 'Choose “acts alone” or “leave out” to pick a partner.' : null}
        </span>
      </div>
    </fieldset>
  );
}

/** One theme's own leakage or delay; re-renders only when that override or the overall value moves. */
const OverrideSetting = memo(function OverrideSetting({ which, themeId, themeName }: { which: 'leakage' | 'delay'; themeId: ThemeId; themeName: string }) {
  const field = which === 'leakage' ? 'leakageByTheme' : 'delayByTheme';
  const own = useSettingsStore((s) => s.settings[field][themeId]);
  // The theme's own value, or the overall one it follows (so overall steps reach only followers).
  const applied = useSettingsStore((s) => s.settings[field][themeId] ?? s.settings[which]);
  const setThemeOverride = useSettingsStore((s) => s.setThemeOverride);
  const commit = useSettingsStore((s) => s.commit);
  const spec = specFor(which);
  const value = toDisplay(applied, spec);
  const label = `${spec.label}: ${themeName}`;
  return (
    <NumericControl
      spec={spec}
      label={label}
      value={value}
      isDefault={own === undefined}
      onValue={(v, kind) => setThemeOverride(which, themeId, v, kind)}
      onCommit={commit}
      onReset={() => setThemeOverride(which, themeId, undefined)}
      resetLabel={`Reset ${label} to the overall ${spec.label.toLowerCase()}`}
      note={own === undefined ? `Uses the overall setting (${withUnit(value, spec)}).` : 'Set for this theme only.'}
    />
  );
});

function ThemeOverrides() {
  const { data } = useAppData();
  const included = useSettingsStore((s) => s.settings.themes);
  const count = useSettingsStore((s) => Object.keys(s.settings.leakageByTheme).length + Object.keys(s.settings.delayByTheme).length);
  const themes = data.themes.filter((t) => included.includes(t.id));
  return (
    <details className="advanced">
      <summary>
        Advanced: leakage and delay for each theme{count > 0 ? ` (${count} set)` : ''}
      </summary>
      <p className="help">
        Give a theme its own leakage or delay. Reset puts it back to the overall setting above. Only themes that are switched on are listed.
      </p>
      {themes.length === 0 && <p className="help">No themes are switched on.</p>}
      {themes.map((t) => (
        <div key={t.id} className="override-group">
          <h4>{t.name}</h4>
          <OverrideSetting which="leakage" themeId={t.id} themeName={t.shortName} />
          <OverrideSetting which="delay" themeId={t.id} themeName={t.shortName} />
        </div>
      ))}
    </details>
  );
}

export function AssumptionsPanel() {
  const resetAll = useSettingsStore((s) => s.resetAll);
  // The same memoised check as the presets: a yes/no, so only a flip re-renders the panel.
  const atDefaults = useSettingsStore((s) => activePreset(s.settings, s.vocabulary) === 'base');
  // A wide screen folds the explanations away so the results fit beside the sliders (styles.css).
  const [explained, setExplained] = useState(false);
  return (
    <section className={explained ? 'assumptions is-explained' : 'assumptions'} aria-labelledby="assumptions-heading" id="assumptions" tabIndex={-1}>
      <div className="section-head">
        <h2 id="assumptions-heading">Assumptions</h2>
        <button type="button" className="secondary-button explain-toggle" aria-pressed={explained} onClick={() => setExplained(!explained)}>
          Explain each
        </button>
      </div>
      <h3 className="settings-heading">Settings</h3>
      <div className="controls-numeric">
        {NUMERIC_SPECS.map((spec) => (
          <NumericSetting key={spec.key} spec={spec} />
        ))}
      </div>
      {/* Starting points after the sliders, so the sliders lead the rail; Reset all is one of them. */}
      <div className="presets-row">
        <Presets />
        <button type="button" className="secondary-button reset-all" onClick={resetAll} disabled={atDefaults}>
          Reset all
        </button>
      </div>
      <h3>Themes and partners</h3>
      <ThemeChoices />
      <LensChoice />
      <ThemeOverrides />
      <GreenBookSettings />
    </section>
  );
}
