import { useHoverTip } from '../../lib/useHoverTip';
import { baseSettingsOf, settingsVersion, useAppData, useBaseline, useChartsHeld, useResults, useSettings, useSettingsStore, useSlowMachine } from '../../state';
import { hasPriceBase, pricesWords } from '../../lib/describe';
import { baseWordsOf, buildHeadlineFigures, type HeadlineFigure } from '../../lib/headlineFigures';
import { HowWorkedOut } from './HowWorkedOut';


/** On a slow machine the charts wait for a slider to rest (chartPace.ts): this says so, and keeps its room so they do not jump. */
function ChartsHeldNote() {
  const slow = useSlowMachine();
  const held = useChartsHeld();
  return (
    <p className={slow ? 'charts-held is-reserved' : 'charts-held'} role="status">
      {held ? 'The charts will catch up when the slider pauses.' : ''}
    </p>
  );
}

/** A headline figure whose explanation appears on hover and on keyboard focus (and Escape hides it). */
function FigureCard({ figure }: { figure: HeadlineFigure }) {
  const { open, tipId, toggle, hoverProps, focusProps } = useHoverTip();
  return (
    <div
      className="figure-card"
      data-figure={figure.id}
      {...hoverProps}
    >
      <dt className="figure-label">
        {figure.label}
        <button
          type="button"
          className="info-button"
          aria-label={`What does “${figure.label}” mean?`}
          aria-describedby={tipId}
          aria-expanded={open}
          {...focusProps}
          onClick={toggle}
        >
          <span aria-hidden="true">?</span>
        </button>
      </dt>
      <dd className="figure-value">
        {figure.value}
      </dd>
      {figure.detail && <dd className="figure-detail">{figure.detail}</dd>}
      <dd className="figure-comparison">
        {figure.comparison.arrow && (
          <span className={`arrow ${figure.comparison.arrow === '▲' ? 'up' : 'down'}`} aria-hidden="true">
            {figure.comparison.arrow}{' '}
          </span>
        )}
        <span aria-hidden="true">{figure.comparison.text}</span>
        <span className="visually-hidden">{figure.comparison.spoken}</span>
      </dd>
      <dd className="figure-how">
        <HowWorkedOut figureId={figure.id} label={figure.label} value={figure.value} />
      </dd>
      <dd className="figure-tip">
        <div role="tooltip" id={tipId} className="tooltip" hidden={!open}>
          {figure.explanation}
        </div>
      </dd>
    </div>
  );
}

/** With a price-base factor, the prices every money figure is in, said once above them. */
function PriceBaseNote() {
  const { data } = useAppData();
  const prices = useSettingsStore((s) => (hasPriceBase(s.settings) ? pricesWords(s.settings, data) : null));
  return prices && <p className="price-base-note">Money in {prices}.</p>;
}

export function Headline() {
  const settings = useSettings();
  const results = useResults();
  const baseline = useBaseline();
  const { data } = useAppData();
  const figures = buildHeadlineFigures(results, baseline, settings, baseSettingsOf(data), baseWordsOf(data));
  const none = settings.themes.length === 0;
  return (
    <section className="headline" aria-labelledby="headline-heading" data-settings-version={settingsVersion(settings)}>
      {/* The note shares the heading's line, so keeping its room on a slow machine never pushes
          the charts below the first screen. */}
      <div className="headline-head">
        <h2 id="headline-heading">Headline figures</h2>
        <PriceBaseNote />
        <ChartsHeldNote />
      </div>
      {none && (
        <p className="notice notice-warning" role="status">
          No themes are switched on, so every figure is zero. Tick at least one theme under Assumptions.
        </p>
      )}
      <dl className="figure-grid" aria-live="off">
        {figures.map((f) => (
          <FigureCard key={f.id} figure={f} />
        ))}
      </dl>
    </section>
  );
}
