import { useAppData, useBaseline, useResults, useSettings } from '../../state';
import { baseWordsOf, netBenefitFigure } from '../../lib/headlineFigures';
import { describeDifferences } from '../../lib/describe';

/** On a phone the assumptions come first, so this puts the net benefit on the first screen (narrow screens only). */
export function FirstResult() {
  const { data } = useAppData();
  const settings = useSettings();
  const results = useResults();
  const baseline = useBaseline();
  const net = netBenefitFigure(results, baseline, settings, baseWordsOf(data));
  return (
    <section className="first-result" aria-labelledby="first-result-heading">
      <h2 id="first-result-heading" className="visually-hidden">
        Result at a glance
      </h2>
      <p className="first-result-figure">
        <span className="first-result-label">{net.label}</span> <strong className="first-result-value">{net.value}</strong>{' '}
        <span className="first-result-change">
          {net.comparison.arrow && <span aria-hidden="true">{net.comparison.arrow} </span>}
          <span aria-hidden="true">{net.comparison.text}</span>
          <span className="visually-hidden">{net.comparison.spoken}</span>
        </span>
      </p>
      <p className="first-result-settings">
        <strong>Settings:</strong> {describeDifferences(settings, data)}.{' '}
        <a
          href="#assumptions"
          onClick={(e) => {
            // Not through the address: its #fragment names the page (see SkipLink in App.tsx).
            e.preventDefault();
            const panel = document.getElementById('assumptions');
            panel?.scrollIntoView({ block: 'start' });
            panel?.focus();
          }}
        >
          Change the assumptions
        </a>
      </p>
    </section>
  );
}
