import { Suspense, lazy, useEffect } from 'react';
import { startUrlSync, useAppData, useDeferredResults, useSettingsStore, useWorkshopStore } from '../state';
import { AssumptionsPanel } from './AssumptionsPanel';
import { Headline } from './Headline';
import { IgnoredNotice } from './IgnoredNotice';
import { PrintSummary } from './workshop/PrintSummary';
import { WorkshopNotices } from './workshop/WorkshopNotices';

// Secondary features load after the first paint, keeping the initial download small.
const LocalAreaSection = lazy(() => import('./local/LocalAreaSection').then((m) => ({ default: m.LocalAreaSection })));
const UncertaintySection = lazy(() => import('./uncertainty/UncertaintySection').then((m) => ({ default: m.UncertaintySection })));
const ComparePanel = lazy(() => import('./workshop/ComparePanel').then((m) => ({ default: m.ComparePanel })));
// The charts (and recharts with them) arrive just after the headline and controls have painted.
const BenefitProfileChart = lazy(() => import('./charts/BenefitProfileChart').then((m) => ({ default: m.BenefitProfileChart })));
const PartnerChart = lazy(() => import('./charts/PartnerChart').then((m) => ({ default: m.PartnerChart })));
const SensitivityChart = lazy(() => import('./charts/SensitivityChart').then((m) => ({ default: m.SensitivityChart })));
const loading = (what: string) => <p className="lazy-loading" role="status">Loading {what}…</p>;

const REDUCED_MOTION = typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The loaded app: assumptions beside (or, on a phone, above) the results. The headline follows
 * every slider step; the charts use deferred settings so they never hold the slider up.
 */
export function Explorer({ syncUrl = true }: { syncUrl?: boolean }) {
  const { data, golden, warnings } = useAppData();
  const { settings, results, stale } = useDeferredResults();
  const dragging = useSettingsStore((s) => s.ui.dragging);
  // Charts animate only after a discrete change (a preset, a reset, a typed value). While a
  // slider moves, by mouse or by arrow keys, they redraw at once: recharts animates by
  // re-rendering every frame, which would leave no frame for the next slider step.
  const sliding = useSettingsStore((s) => s.change.kind === 'live');
  const animate = !dragging && !sliding && !stale && !REDUCED_MOTION;
  const comparing = useWorkshopStore((s) => s.compare);

  useEffect(() => (syncUrl ? startUrlSync() : undefined), [syncUrl]);

  return (
    <>
      <div className="notices">
        <IgnoredNotice />
        <WorkshopNotices />
        {warnings.map((w) => (
          <p key={w} className="notice notice-warning">
            {w}
          </p>
        ))}
      </div>
      <main id="main" className="layout" tabIndex={-1}>
        <div className="controls-column">
          <AssumptionsPanel />
        </div>
        <div className={comparing ? 'results-column is-comparing' : 'results-column'} id="results" tabIndex={-1}>
          {comparing && (
            <Suspense fallback={loading('the comparison')}>
              <ComparePanel />
            </Suspense>
          )}
          <PrintSummary />
          <Headline />
          <Suspense fallback={<div className="chart-loading">{loading('the charts')}</div>}>
            <BenefitProfileChart data={data} golden={golden} results={results} settings={settings} animate={animate} stale={stale} />
            <PartnerChart data={data} results={results} settings={settings} animate={animate} stale={stale} />
            <SensitivityChart data={data} results={results} settings={settings} animate={animate} stale={stale} />
          </Suspense>
          <Suspense fallback={loading('the uncertainty view')}>
            <UncertaintySection />
          </Suspense>
          <Suspense fallback={loading('the local-area view')}>
            <LocalAreaSection />
          </Suspense>
        </div>
      </main>
    </>
  );
}
