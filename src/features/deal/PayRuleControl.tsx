import { useId } from 'react';
import type { ModelData, PayRule, Settings } from '../../model';
import { useSettingsStore } from '../../state';
import { useTypedEntry } from '../../lib/useTypedEntry';
import { formatNumber } from '../../lib/format';

const RULES: { kind: PayRule['kind']; label: string; help: string }[] = [
  { kind: 'share', label: 'Each partner pays its share of each theme’s costs', help: 'The report’s own rule: costs are pooled like the savings.' },
  { kind: 'lead', label: 'One partner pays every cost', help: 'As when one body invests alone and others gain.' },
  { kind: 'benefit', label: 'In proportion to what each gets back', help: 'Every partner then gets the same return on each pound it puts in.' },
  { kind: 'custom', label: 'Shares the room agrees', help: 'Type each partner’s share of every cost; they should add to 100%.' },
  { kind: 'breakeven', label: 'Central partners close the local gap', help: 'Central partners pay the smallest share of every cost that lets the local partners break even by the year chosen.' },
];

const setPay = (patch: Partial<Pick<Settings, 'pay' | 'payShares' | 'breakeven'>>) => useSettingsStore.getState().setSettings((s) => ({ ...s, ...patch }));

/** One partner's agreed share, typed in %; an unusable entry is refused beside the box and the share kept. */
function ShareBox({ id, name, share }: { id: string; name: string; share: number | undefined }) {
  const boxId = useId();
  const shown = share === undefined ? '' : formatNumber(Math.round(share * 100 * 1e6) / 1e6, 6);
  const entry = useTypedEntry(share);
  const usable = (text: string) => {
    const value = text.trim() === '' ? 0 : Number(text);
    return Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : null;
  };
  const store = (value: number | undefined) => {
    const payShares = { ...useSettingsStore.getState().settings.payShares };
    if (value === undefined || value === 0) delete payShares[id];
    else payShares[id] = value;
    setPay({ pay: { kind: 'custom' }, payShares });
  };
  const apply = (text: string) => {
    entry.type(text);
    const value = usable(text);
    if (value !== null) store(value);
  };
  // An unusable entry goes back to the share the typing started from, not to its usable prefix.
  const finish = () => {
    const text = entry.draft;
    const bad = text !== null && usable(text) === null;
    if (bad) store(entry.before());
    entry.finish(bad ? text : null);
  };
  return (
    <div className="pay-share">
      <label htmlFor={boxId}>{name}</label>
      <span className="pay-share-box">
        <input id={boxId} type="text" inputMode="decimal" value={entry.draft ?? shown} aria-describedby={entry.note ? `${boxId}-note` : undefined} onChange={(e) => apply(e.target.value)} onBlur={finish} />
        <span aria-hidden="true">%</span>
      </span>
      {entry.note && (
        <span id={`${boxId}-note`} className="field-error" role="alert">
          “{entry.note}” is not a share from 0 to 100; {shown || '0'}% is kept.
        </span>
      )}
    </div>
  );
}

/** Who pays: the rule, its partner or agreed shares, and the year the break-even solver works to. */
export function PayRuleControl({ data, settings }: { data: ModelData; settings: Settings }) {
  const id = useId();
  const pay = settings.pay;
  const leadPartner = pay.kind === 'lead' ? pay.partner : (data.partners.find((p) => p.kind === 'local')?.id ?? data.partners[0]?.id ?? '');
  const choose = (kind: PayRule['kind']) => setPay({ pay: kind === 'lead' ? { kind, partner: leadPartner } : { kind } });
  // In whole millionths of a per cent, as the boxes show them, so 33.3 + 66.7 is exactly 100.
  const total = Math.round(data.partners.reduce((a, p) => a + (settings.payShares[p.id] ?? 0), 0) * 1e8) / 1e8;
  const gap = Math.round((1 - total) * 1e8) / 1e8;
  const breakeven = Math.min(settings.breakeven ?? settings.horizon, settings.horizon);
  return (
    <fieldset className="pay-rule">
      <legend>Who pays the costs</legend>
      <div className="pay-choices">
        {RULES.map((r) => (
          <div key={r.kind} className="choice pay-choice">
            <input type="radio" name={`${id}-rule`} id={`${id}-${r.kind}`} value={r.kind} checked={pay.kind === r.kind} onChange={() => choose(r.kind)} aria-describedby={`${id}-${r.kind}-help`} />
            <label htmlFor={`${id}-${r.kind}`}>{r.label}</label>
            <p className="choice-help help" id={`${id}-${r.kind}-help`}>
              {r.help}
            </p>
          </div>
        ))}
      </div>
      {pay.kind === 'lead' && (
        <div className="pay-detail">
          <label htmlFor={`${id}-lead-partner`}>Partner that pays</label>
          <select id={`${id}-lead-partner`} value={pay.partner} onChange={(e) => setPay({ pay: { kind: 'lead', partner: e.target.value } })}>
            {data.partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {pay.kind === 'custom' && (
        <div className="pay-detail pay-shares" role="group" aria-label="Each partner’s agreed share of every cost">
          {data.partners.map((p) => (
            <ShareBox key={p.id} id={p.id} name={p.name} share={settings.payShares[p.id]} />
          ))}
          <p className={gap === 0 ? 'pay-total' : 'pay-total is-short'} role="status">
            {gap === 0
              ? 'The shares add to 100%.'
              : gap > 0
                ? `The shares add to ${formatNumber(total * 100, 2)}%: ${formatNumber(gap * 100, 2)}% of the costs has no payer yet.`
                : `The shares add to ${formatNumber(total * 100, 2)}%: ${formatNumber(-gap * 100, 2)}% more than the costs.`}
          </p>
        </div>
      )}
      <div className="pay-detail">
        <label htmlFor={`${id}-year`}>Local partners to break even by</label>
        <select id={`${id}-year`} value={breakeven} onChange={(e) => setPay({ breakeven: Number(e.target.value) === settings.horizon ? null : Number(e.target.value) })}>
          {Array.from({ length: settings.horizon }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              year {n}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
