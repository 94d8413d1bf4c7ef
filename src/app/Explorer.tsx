import { Suspense, lazy, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Results, Settings } from '../model';
import { CHART_SLOTS, startUrlSync, useAppData, useChartResults, useDealStore, useSettingsStore, useUiStore, usePacerStore, type ChartSlot } from '../state';
import { AssumptionsPanel } from '../features/assumptions/AssumptionsPanel';
import { FirstResult } from '../features/headline/FirstResult';
import { Headline } from '../features/headline/Headline';
import { ResultAnnouncer } from '../features/headline/ResultAnnouncer';
import { IgnoredNotice } from '../features/assumptions/IgnoredNotice';
import { SectionPlaceholder, WhenNear } from '../ui/WhenNear';
import { PrintSummary } from '../features/workshop/PrintSummary';
import { WorkshopNotices } from '../features/workshop/WorkshopNotices';
import { prefersReducedMotion } from '../lib/motion';

// Secondary features load after the first paint, keeping the initial download small.
const LocalAreaSection = lazy(() => import('../features/local/LocalAreaSection').then((m) => ({ default: m.LocalAreaSection })));
const UncertaintySection = lazy(() => import('../features/uncertainty/UncertaintySection').then((m) => ({ default: m.UncertaintySection })));
const DealRoom = lazy(() => import('../features/deal/DealRoom').then((m) => ({ default: m.DealRoom })));
const ComparePanel = lazy(() => import('../features/workshop/ComparePanel').then((m) => ({ default: m.ComparePanel })));
// The charts (and recharts with them) arrive just after the headline and controls have painted.
const BenefitProfileChart = lazy(() => import('../features/charts/BenefitProfileChart').then((m) => ({ default: m.BenefitProfileChart })));
const PartnerChart = lazy(() => import('../features/charts/PartnerChart').then((m) => ({ default: m.PartnerChart })));
const SensitivityChart = lazy(() => import('../features/charts/SensitivityChart').then((m) => ({ default: m.SensitivityChart })));
const loading = (what: string) => <p className="lazy-loading" role="status">Loading {what}…</p>;
const chartsLoading = <div className="chart-loading">{loading('the charts')}</div>;

const REDUCED_MOTION = prefersReducedMotion();

/** One chart with its slot's settings (memoised: only new figures redraw it), animated after a finished change. */
function Paced({ slot, children }: { slot: ChartSlot; children: (settings: Settings, results: Results, animate: boolean) => ReactNode }) {
  const { settings, results, animate } = useChartResults(slot);
  return children(settings, results, animate && !REDUCED_MOTION);
}

/** The loaded app. The headline follows every slider step; the charts their own pace (state/chartPace.ts). */
export function Explorer({ syncUrl = true }: { syncUrl?: boolean }) {
  const { data, golden, warnings } = useAppData();
  const resultsRef = useRef<HTMLDivElement>(null);
  // Set on the element, not through a re-render: the flag (state/chartPace.ts) flips at every slider step.
  useEffect(() => {
    const mark = () => resultsRef.current?.toggleAttribute('data-charts-stale', usePacerStore.getState().stale);
    mark();
    return usePacerStore.subscribe(mark);
  }, []);
  const comparing = useUiStore((s) => s.compare);
  const dealing = useDealStore((s) => s.open);
  const presenter = useUiStore((s) => s.presenter);
  const deal = (
    <Suspense fallback={loading('the deal room')}>
      <DealRoom />
    </Suspense>
  );

  useEffect(() => (syncUrl ? startUrlSync() : undefined), [syncUrl]);
  // Only the data knows which areas exist: a link's unknown area is reported before the first paint.
  useLayoutEffect(() => useSettingsStore.getState().setKnownAreas(data.areas), [data]);

  return (
    <>
      {/* Outside the results column, which presenter mode and the comparison thin out. */}
      <ResultAnnouncer />
      <div className="notices">
        <IgnoredNotice />
        <WorkshopNotices />
        {warnings.map((w) => (
          <p key={w} className="notice notice-warning">
            {w}
          </p>
        ))}
      </div>
      {/* The deal room's state is on the page grid too, so presenter mode can give it the screen (deal.css). */}
      <main id="main" className={`layout${dealing ? ' is-dealing' : ''}${comparing ? ' is-comparing' : ''}`} tabIndex={-1}>
        <FirstResult />
        <div className="controls-column">
          <AssumptionsPanel />
        </div>
        {/* Dimmed while the charts lag (data-charts-stale, above), here so the charts redraw only for new figures. */}
        <div ref={resultsRef} className={`results-column${comparing ? ' is-comparing' : ''}${dealing ? ' is-dealing' : ''}`} id="results" tabIndex={-1}>
          {comparing && (
            <Suspense fallback={loading('the comparison')}>
              <ComparePanel />
            </Suspense>
          )}
          {/* Open, the deal room comes first and the other results step aside (deal.css). */}
          {dealing && deal}
          <PrintSummary />
          <Headline />
          {/* On a phone the charts sit below the assumptions: they load when scrolled near. */}
          <WhenNear placeholder={chartsLoading}>
            <Suspense fallback={chartsLoading}>
              {/* The two charts the room watches: side by side, sized to the first screen (styles.css). */}
              <div className="first-charts">
                <Paced slot={CHART_SLOTS.profile}>{(settings, results, animate) => <BenefitProfileChart data={data} golden={golden} results={results} settings={settings} animate={animate} />}</Paced>
                <Paced slot={CHART_SLOTS.partners}>{(settings, results, animate) => <PartnerChart data={data} results={results} settings={settings} animate={animate} />}</Paced>
              </div>
              <Paced slot={CHART_SLOTS.sensitivity}>{(settings, results, animate) => <SensitivityChart data={data} results={results} settings={settings} animate={animate} />}</Paced>
            </Suspense>
          </WhenNear>
          {/* Closed, the deal room is a section of the page; presenter mode hides it, so it is not drawn there. */}
          {!dealing && !presenter && <WhenNear placeholder={<SectionPlaceholder id="deal" title="The deal: who pays, who gains" />}>{deal}</WhenNear>}
          <WhenNear placeholder={<SectionPlaceholder id="uncertainty" title="How sure can we be?" />}>
            <Suspense fallback={loading('the uncertainty view')}>
              <UncertaintySection />
            </Suspense>
          </WhenNear>
          {/* Scaling to an area applies to the national case; a place's own case is already local. */}
          {data.areas.length > 0 && (
            <WhenNear placeholder={<SectionPlaceholder id="local-area" title="Your area" />}>
              <Suspense fallback={loading('the local-area view')}>
                <LocalAreaSection />
              </Suspense>
            </WhenNear>
          )}
        </div>
      </main>
    </>
  );
}
