import { useId } from 'react';
import { useTypedEntry } from '../../lib/useTypedEntry';
import { ADJUSTMENT_SPECS, AFTER5_RULES, isFinancialYear, type After5 } from '../../model';
import { selectResults, useAppData, useSettingsStore } from '../../state';
import { ScrollingTable } from '../../ui/DataTable';
import { breakEvenSpec } from './breakEvenTable';
import { EVIDENCE_BANDS, EVIDENCE_SOURCE, bandOf } from './evidenceBands';
import { AFTER5_WORDS, greenBookChanges } from '../../lib/describe';
import { NumericSetting } from './NumericSetting';

function After5Choice() {
  const after5 = useSettingsStore((s) => s.settings.after5);
  const setSettings = useSettingsStore((s) => s.setSettings);
  const id = useId();
  return (
    <fieldset className="fieldset">
      <legend>Years after the fifth (horizons over 5 years)</legend>
      <ul className="choice-list">
        {AFTER5_RULES.map((rule) => (
          <li key={rule} className="choice">
            <input type="radio" name={`${id}-after5`} id={`${id}-${rule}`} value={rule} checked={after5 === rule} onChange={() => setSettings((s) => ({ ...s, after5: rule as After5 }))} />
            <label htmlFor={`${id}-${rule}`}>{AFTER5_WORDS[rule]}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function PriceBase() {
  const pricebase = useSettingsStore((s) => s.settings.pricebase);
  const setSettings = useSettingsStore((s) => s.setSettings);
  // A label that is not a financial year is not used; leaving the box keeps the one in use and says so.
  const entry = useTypedEntry(pricebase);
  const id = useId();
  const text = entry.draft ?? pricebase;
  const usable = (t: string) => t.trim() === '' || isFinancialYear(t.trim());
  const error = !usable(text) ? 'Write a financial year such as 2025-26.' : entry.note !== null ? `“${entry.note}” is not a financial year, so the label stays ${pricebase ? `at ${pricebase}` : 'empty'}.` : null;
  return (
    <div className="select-row">
      <label htmlFor={id}>Price base label (a financial year, such as 2025-26)</label>
      <input
        id={id}
        className="mc-input"
        value={text}
        maxLength={7}
        aria-invalid={!usable(text)}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const next = e.currentTarget.value;
          entry.type(next);
          if (usable(next)) setSettings((s) => ({ ...s, pricebase: next.trim() }));
        }}
        onBlur={() => entry.finish(usable(text) ? null : text)}
      />
      <span id={`${id}-help`} className={error ? 'field-error' : 'help'}>
        {error ?? 'Shown beside money figures with the factor above; take the factor from HM Treasury’s GDP deflators. Leave empty for the case’s own prices.'}
      </span>
    </div>
  );
}

/** Both optimism-bias settings at once, from how strong the evidence behind the case is. */
function EvidenceBand() {
  const band = useSettingsStore((s) => bandOf(s.settings.obCost, s.settings.obBenefit)?.id ?? '');
  const setSettings = useSettingsStore((s) => s.setSettings);
  const id = useId();
  return (
    <div className="select-row">
      <label htmlFor={id}>Set optimism bias from the strength of the evidence</label>
      <select
        id={id}
        value={band}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const chosen = EVIDENCE_BANDS.find((b) => b.id === e.currentTarget.value);
          if (chosen) setSettings((s) => ({ ...s, obCost: chosen.obCost, obBenefit: chosen.obBenefit }));
        }}
      >
        <option value="">{band ? 'Choose a band' : 'Your own values (below)'}</option>
        {EVIDENCE_BANDS.map((b) => (
          <option key={b.id} value={b.id}>
            {b.label}: costs +{Math.round(b.obCost * 100)}%, benefits −{Math.round(b.obBenefit * 100)}%
          </option>
        ))}
      </select>
      <span id={`${id}-help`} className="help">
        The weaker the evidence, the larger the correction. <span className="source">{EVIDENCE_SOURCE}.</span>
      </span>
    </div>
  );
}

/** Break-even values for the adjustments, as the headline gives them for leakage and delay; worked out once the settings settle. */
function BreakEven() {
  const { data } = useAppData();
  const settings = useSettingsStore((s) => s.settled);
  const switching = selectResults(data, settings).total.switching;
  return <ScrollingTable className="chart-table break-even" spec={breakEvenSpec(switching, settings)} />;
}

/** The Green Book adjustments from gross to net (docs/model.md), folded away until asked for. */
export function GreenBookSettings() {
  const count = useSettingsStore((s) => greenBookChanges(s.settings));
  const after5 = useSettingsStore((s) => s.settings.after5);
  return (
    <details className="advanced" data-group="green-book">
      <summary>Green Book adjustments{count > 0 ? ` (${count} set)` : ''}</summary>
      <p className="help">
        Take out what would have happened anyway, what only moves elsewhere and what other programmes did, and correct for optimism bias. At their defaults the figures are the report’s own.
      </p>
      <EvidenceBand />
      {ADJUSTMENT_SPECS.filter((spec) => spec.key !== 'dropoff' && spec.key !== 'uprate').map((spec) => (
        <NumericSetting key={spec.key} spec={spec} />
      ))}
      <After5Choice />
      {after5 === 'decay' && <NumericSetting spec={ADJUSTMENT_SPECS.find((spec) => spec.key === 'dropoff')!} />}
      <NumericSetting spec={ADJUSTMENT_SPECS.find((spec) => spec.key === 'uprate')!} />
      <PriceBase />
      <BreakEven />
    </details>
  );
}
