import { useEffect } from 'react';
import { startUrlSync, useAppData, useDeferredResults, useSettingsStore, useWorkshopStore } from '../state';
import { AssumptionsPanel } from './AssumptionsPanel';
import { BenefitProfileChart } from './charts/BenefitProfileChart';
import { PartnerChart } from './charts/PartnerChart';
import { SensitivityChart } from './charts/SensitivityChart';
import { Headline } from './Headline';
import { IgnoredNotice } from './IgnoredNotice';
import { LocalAreaSection } from './local/LocalAreaSection';
import { UncertaintySection } from './uncertainty/UncertaintySection';
import { ComparePanel } from './workshop/ComparePanel';
import { PrintSummary } from './workshop/PrintSummary';
import { WorkshopNotices } from './workshop/WorkshopNotices';

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
          {comparing && <ComparePanel />}
          <PrintSummary />
          <Headline />
          <BenefitProfileChart data={data} golden={golden} results={results} settings={settings} animate={animate} stale={stale} />
          <PartnerChart data={data} results={results} settings={settings} animate={animate} stale={stale} />
          <SensitivityChart data={data} results={results} settings={settings} animate={animate} stale={stale} />
          <UncertaintySection />
          <LocalAreaSection />
        </div>
      </main>
    </>
  );
}
