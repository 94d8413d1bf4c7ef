import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Settings } from '../../model';
import { selectResults, settingsOf, useAppData, useCaseScenarios, useSettingsStore, useDealStore, usePresenter, useSavedStore, useSettledSettings, useTables, type SavedScenario } from '../../state';
import { payWords } from '../../lib/describe';
import { formatMoney, formatPercent } from '../../lib/format';
import { prefersReducedMotion } from '../../lib/motion';
import { DataTable, ScrollingTable } from '../../ui/DataTable';
import { PayRuleControl } from './PayRuleControl';
import { MoneyFlow, PositionChart } from './DealCharts';
import { buildLedgerRows, type LedgerRow } from './dealRows';
import { ledgerSpec, yearlyLedgerSpec } from './dealTables';
import { PartnerCards } from './PartnerCards';
import { HeadsOfTerms } from './HeadsOfTerms';
import { RoundsCompare, isRound } from './RoundsCompare';
import { printDeal } from './dealPrint';
import './deal.css';

/** The invest-to-save gap in words: what central partners must pay for the local partners to break even. */
function gapWords(share: number | null, contribution: number, year: number, yearName: string, localNames: string, properNames: boolean) {
  if (share === null) return 'There are no costs to share.';
  if (share === 0) return `${localNames} break even by year ${year} (${yearName}) paying every cost themselves: no central top-up is needed.`;
  // "local government" is a common noun mid-sentence; a place's own partners ("Anytown Council") are named.
  return `For ${properNames ? localNames : localNames.toLowerCase()} to break even by year ${year} (${yearName}), central partners would have to pay ${formatPercent(share, 0)} of every cost: ${formatMoney(contribution)} in today’s money. That is the invest-to-save gap a central fund or payment-by-results top-up would have to close.`;
}

/** The room's predictions beside the model's figures once revealed. */
function Predictions({ rows, hidden }: { rows: readonly LedgerRow[]; hidden: boolean }) {
  const id = useId();
  const predictions = useDealStore((s) => s.predictions);
  const predict = useDealStore((s) => s.predict);
  const given = rows.filter((r) => (predictions[r.key] ?? '').trim() !== '');
  if (hidden) {
    return (
      <fieldset className="deal-predict">
        <legend>The room’s guesses: each partner’s net position, £bn</legend>
        {rows.map((r) => {
          const text = predictions[r.key] ?? '';
          const bad = text.trim() !== '' && !Number.isFinite(Number(text));
          return (
            <div key={r.key} className="predict-row">
              <label htmlFor={`${id}-${r.key}`}>{r.name}</label>
              <input id={`${id}-${r.key}`} type="text" inputMode="decimal" value={text} onChange={(e) => predict(r.key, e.target.value)} aria-invalid={bad || undefined} aria-describedby={bad ? `${id}-${r.key}-err` : undefined} />
              {bad && (
                <span className="field-error" id={`${id}-${r.key}-err`}>
                  Not a number: it will not be compared.
                </span>
              )}
            </div>
          );
        })}
      </fieldset>
    );
  }
  if (given.length === 0) return null;
  return (
    <DataTable
      spec={{
        caption: 'The room’s predictions against the model',
        name: 'deal-predictions',
        columns: [{ header: 'Partner' }, { header: 'Predicted net' }, { header: 'Model’s net' }, { header: 'Difference' }],
        rows: given.map((r) => {
          const guess = Number(predictions[r.key]);
          const ok = Number.isFinite(guess);
          return {
            key: r.key,
            header: { value: r.name, text: r.name },
            cells: [
              { value: ok ? guess : null, text: ok ? formatMoney(guess) : 'Not a number' },
              { value: r.npv, text: formatMoney(r.npv) },
              { value: ok ? r.npv - guess : null, text: ok ? formatMoney(r.npv - guess) : '–' },
            ],
          };
        }),
      }}
    />
  );
}

/** The heads of terms for a saved round, or for the proposal on screen. */
function TermsFor({ round, current }: { round: SavedScenario | null; current: Settings }) {
  const { data } = useAppData();
  const vocabulary = useSettingsStore((s) => s.vocabulary);
  const settings = round ? settingsOf(round.query, vocabulary) : current;
  const results = selectResults(data, settings);
  return <HeadsOfTerms title={`${round ? `${round.name}: ` : ''}${payWords(settings, data)}`} rows={buildLedgerRows(results, data)} results={results} settings={settings} data={data} />;
}

/** The deal room: who pays under which rule, each partner's ledger, and the workshop's rounds. */
export function DealRoom() {
  const { data } = useAppData();
  // The controls follow the settings at once; the room's figures and charts come after the headline
  // and the main charts, so they never hold up a slider's result.
  const current = useSettledSettings();
  const settings = useDeferredValue(current);
  const presenter = usePresenter();
  const results = selectResults(data, settings);
  const rows = useMemo(() => buildLedgerRows(results, data), [results, data]);
  const { hidden, open, printing } = useDealStore();
  const { startPrediction, reveal, setOpen } = useDealStore.getState();
  const tables = useTables('deal');
  const [cards, setCards] = useState(false);
  const [termsFor, setTermsFor] = useState('current');
  const saved = useCaseScenarios();
  const [said, setSaid] = useState('');
  const id = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const deal = results.deal;
  const local = data.partners.filter((p) => p.kind === 'local').map((p) => p.name);
  const localNames = local.length ? local.join(' and ') : 'Local partners';
  const rule = payWords(settings, data);
  const unpaid = deal.gap * results.total.pvCost.toNumber();

  // Opened from the header in presenter mode: bring the room into view.
  useEffect(() => {
    if (open) sectionRef.current?.scrollIntoView?.({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [open]);

  const saveRound = () => {
    const { save } = useSavedStore.getState();
    const next = saved.filter(isRound).length + 1;
    const outcome = save(`Round ${next}`, settings);
    if (!outcome.ok) return setSaid(outcome.error);
    const added = useDealStore.getState().toggleCompared(outcome.saved.id);
    setSaid(`Saved as ${outcome.saved.name}${added ? ', and added to the comparison' : ''}.${outcome.stored ? '' : ' It lasts only while this page is open: this browser is not keeping saved work.'}`);
  };

  return (
    <section ref={sectionRef} className={`deal-room${open ? ' is-open' : ''}${presenter ? ' is-presenting' : ''}`} id="deal" aria-labelledby={`${id}-heading`}>
      <div className="deal-head">
        <h2 id={`${id}-heading`}>The deal: who pays, who gains</h2>
        {open && (
          <button type="button" className="secondary-button" onClick={() => setOpen(false)}>
            Close the deal room
          </button>
        )}
      </div>
      <p className="deal-intro">
        Savings land mostly with central departments, years after local money is spent. Choose who pays the costs and see each partner’s position: what it puts in, what it gets back and when it breaks even.
      </p>
      <div className="deal-tools" role="group" aria-label="Deal room tools">
        {hidden ? (
          <button type="button" className="primary-button" onClick={reveal}>
            Reveal the results
          </button>
        ) : (
          <button type="button" className="secondary-button" onClick={startPrediction}>
            Hide results for predictions
          </button>
        )}
        <button type="button" className="secondary-button" onClick={saveRound}>
          Save as a round
        </button>
        <button type="button" className="secondary-button" aria-pressed={cards} onClick={() => setCards((v) => !v)}>
          Partner cards
        </button>
        <button type="button" className="secondary-button" onClick={() => printDeal('cards')}>
          Print partner cards
        </button>
        <span className="terms-for">
          <label htmlFor={`${id}-terms`}>Heads of terms for</label>
          <select id={`${id}-terms`} value={termsFor} onChange={(e) => setTermsFor(e.target.value)}>
            <option value="current">This proposal</option>
            {saved.filter(isRound).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <button type="button" className="secondary-button" onClick={() => printDeal('heads')}>
            Print heads of terms
          </button>
        </span>
      </div>
      <p role="status" className="deal-said">
        {said}
      </p>
      <div className="deal-body">
        <PayRuleControl data={data} settings={current} />
        <div className="deal-results">
          {deal.notes.map((n) => (
            <p key={n} className="notice notice-warning">
              {n}
            </p>
          ))}
          <Predictions rows={rows} hidden={hidden} />
          {hidden ? (
            <p className="deal-hidden" role="status">
              The results are hidden while the room makes its predictions. Press “Reveal the results” when everyone has guessed.
            </p>
          ) : (
            <>
              <p className="deal-gap" data-central-share={deal.centralShare ?? ''}>
                {gapWords(deal.centralShare, deal.centralContribution.toNumber(), deal.breakevenYear, results.total.yearly[deal.breakevenYear - 1]?.year ?? '', localNames, !data.published)}
              </p>
              {cards ? <PartnerCards rows={rows} horizon={settings.horizon} caseName={data.name} rule={rule} /> : <ScrollingTable className="deal-ledger" spec={ledgerSpec(rows, settings.horizon)} />}
            </>
          )}
        </div>
      </div>
      {!hidden && (
        <div className="deal-charts">
          <PositionChart rows={rows} horizon={settings.horizon} />
          <MoneyFlow rows={rows} npv={results.total.npv.toNumber()} unpaid={unpaid} />
          <div className="deal-years">
            <button type="button" className="secondary-button" aria-expanded={tables('years').showTable} onClick={tables('years').onToggleTable}>
              {tables('years').showTable ? 'Hide' : 'Show'} each partner’s ledger year by year
            </button>
            {tables('years').showTable && <ScrollingTable className="deal-years-table" spec={yearlyLedgerSpec(rows)} />}
          </div>
        </div>
      )}
      <RoundsCompare data={data} />
      {printing &&
        createPortal(
          <div className={`deal-print deal-print-${printing}`}>
            {printing === 'heads' ? (
              <TermsFor round={saved.find((s) => s.id === termsFor) ?? null} current={settings} />
            ) : (
              <PartnerCards rows={rows} horizon={settings.horizon} caseName={data.name} rule={rule} />
            )}
          </div>,
          document.body,
        )}
    </section>
  );
}
