import { useContext } from 'react';
import { AppDataContext, useSettledSettings } from '../state';
import { pricesWords } from '../lib/describe';
import { routeHref } from '../features/method/links';
import '../features/method/method.css';

export function Footer() {
  const settings = useSettledSettings();
  // The footer shows while the data loads, and on the page that says it could not.
  const data = useContext(AppDataContext)?.data;
  return (
    <footer className="site-footer">
      {data && !data.published ? (
        <>
          <p className="caveat">
            <strong>This is not a budget forecast.</strong> It runs the figures entered for {data.name}: treat every number as being as reliable as those figures and their sources.
          </p>
          <p className="source-line">
            Source: the figures and sources entered for this case (Method and sources lists each one). Money in £, {pricesWords(settings, data)}; “bn” means billion and “m” million. Future years are discounted at the rate you set.
          </p>
        </>
      ) : (
        <>
          <p className="caveat">
            <strong>This is not a budget forecast.</strong> It re-runs the report’s national estimates, which were scaled up from four pilot areas’ own business cases. Those pilot figures were
            not audited (EY 2013, section 3.5), so treat every number as an indication of scale and of how sensitive the case is, not as money to plan on.
          </p>
          <p className="source-line">
            Source: Ernst &amp; Young for the Local Government Association (2013), <cite>Whole Place Community Budgets: a review of the potential for aggregation</cite>. Money in £{data ? `, ${pricesWords(settings, data)}` : ''}; “bn” means billion and “m” million. Future years are discounted at the rate you set.
          </p>
        </>
      )}
      <nav aria-label="About the figures">
        <ul className="footer-links">
          <li>
            <a href={routeHref(settings, 'method')}>Method and sources</a>
          </li>
          <li>
            <a href={routeHref(settings, 'check')}>Check against the report</a>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
