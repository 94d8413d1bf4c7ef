import { useMemo } from 'react';
import { ACTS_ALONE, LEAVE_ONE_OUT } from '../../lib/lensWords';
import { lowerFirst } from '../../lib/format';
import { knownDifferences } from '../../model';
import { dataBaseUrl, useAppData, useBaseline } from '../../state';
import { buildInputTable } from './inputRows';
import { buildDifferenceGroups, buildSettingRows, delaySwitchingText } from './methodRows';
import { inputsTableSpec, settingsTableSpec } from './methodTables';
import { ScrollingTable } from '../../ui/DataTable';
import { PageFrame, PageLink } from './PageFrame';

/** A formula set apart from the prose, read as a sentence by screen readers. */
function Formula({ children }: { children: string }) {
  return <p className="formula">{children}</p>;
}

/** The letters the formulas use: the settings, then a theme's inputs (one set per scenario). */
const SETTING_SYMBOLS = [
  ['w', 'the scenario blend: 0 is the report’s prudent case, 1 its base case'],
  ['k', 'take-up across England, from 0 to 1'],
  ['ℓ', 'leakage: the share of benefit lost, from 0 to 1 (for all themes, or set per theme)'],
  ['d', 'delay in years, fractions allowed (for all themes, or set per theme)'],
  ['r', 'discount rate'],
  ['H', 'horizon: how many years are counted, 5 to 10'],
  ['m', 'the part of the benefit the partner lens counts: 1 for all partners together'],
];
const INPUT_SYMBOLS = [
  ['p(t)', 'the share of the full benefit realised in year t (printed for years 1 to 5)'],
  ['G', 'the gross benefit a year once fully realised (fitted)'],
  ['c(t)', 'the investment cost in each of years 1 to 5, not discounted (fitted)'],
  ['O', 'the ongoing cost a year after that (fitted)'],
  ['S', 'the addressable spend a year: what is spent now on the services concerned (printed)'],
];

function Symbols({ list }: { list: string[][] }) {
  return (
    <dl className="symbols">
      {list.map(([symbol, meaning]) => [<dt key={symbol}>{symbol}</dt>, <dd key={`${symbol}-means`}>{meaning}</dd>])}
    </dl>
  );
}

function Sources() {
  return (
    <section aria-labelledby="m-sources">
      <h3 id="m-sources">Where the figures come from</h3>
      <p>
        Every published figure comes from one report: Ernst &amp; Young for the Local Government Association (2013),{' '}
        <cite>Whole Place Community Budgets: a review of the potential for aggregation</cite>. References such as “EY 2013, 6.2.1” point to its sections:
      </p>
      <ul>
        <li>
          <strong>3.4 to 3.6</strong>: how the pilots’ figures were prepared and scaled up, the 2012-13 price base, the 3.5% discount rate, and the warning that the pilots’
          figures were not audited.
        </li>
        <li>
          <strong>6.1</strong>: national totals for the three aggregated themes.
        </li>
        <li>
          <strong>6.2</strong> health and social care, <strong>6.3</strong> families with complex needs, <strong>6.4</strong> work and skills: in each, x.1 gives the
          results (net benefit, yearly figures, realisation profile, partner shares, budgets) and x.2 the stress tests (leakage, partner ranges, delay, single partners).
        </li>
        <li>
          <strong>8.1 (annex)</strong>: domestic abuse and re-offending, scaled up pilot by pilot.
        </li>
      </ul>
      <p>
        The report did not publish the benefit a year once changes are fully running, nor the costs year by year. Those numbers were worked back from the published results
        (see “Costs and full benefits are fitted” below) and are marked “fitted” in the table of inputs at the end of this page.
      </p>
    </section>
  );
}

function Formulas() {
  return (
    <section aria-labelledby="m-formulas">
      <h3 id="m-formulas">How each figure is worked out</h3>
      <p>
        The explorer runs the same sums for each theme you switch on, then adds the themes together year by year. Year 1 is 2012-13. These letters stand for your settings:
      </p>
      <Symbols list={SETTING_SYMBOLS} />
      <p>And these stand for the inputs of a theme, one set per scenario:</p>
      <Symbols list={INPUT_SYMBOLS} />

      <h4>Benefit, cost and net benefit in each year</h4>
      <p>A delay reads the realisation profile d years earlier. Before the start nothing is realised, and between whole years the profile changes in a straight line.</p>
      <Formula>gross benefit in year t = k × [ (1 − w) × G(prudent) × p(prudent, t − d) + w × G(base) × p(base, t − d) ]</Formula>
      <Formula>benefit counted = m × (1 − ℓ) × gross benefit</Formula>
      <Formula>cost in year t = k × [ (1 − w) × c(prudent, t) + w × c(base, t) ], and the blended O in each year after the fifth</Formula>
      <Formula>net benefit in year t = benefit counted − cost</Formula>
      <p>Costs are not moved by a delay: the money is spent when planned even if the benefits come late.</p>

      <h4>Headline figures</h4>
      <Formula>value today of year t = net benefit in year t ÷ (1 + r) ^ (t − 1)</Formula>
      <Formula>net benefit over H years = the sum of those values for years 1 to H</Formula>
      <Formula>annual net benefit = k × [ m × (1 − ℓ) × G − O ], each of G and O blended between the scenarios</Formula>
      <Formula>share of spend saved = annual net benefit ÷ S (S added over the themes switched on)</Formula>
      <p>The payback year is the first year in which the running total of the values today is above zero.</p>

      <h4>Break-even leakage and delay (switching values)</h4>
      <p>
        Each is the value of one setting, the same on every theme, at which the net benefit over the horizon is zero, with every other setting as you have it. It is not
        the margin: the headline gives the break-even beside your own setting and the margin between them (“Break-even at 65% leakage: 45 percentage points beyond your
        20%”). With the default settings they are the report’s leakage test (scenario 1) and delay test (scenario 3).
      </p>
      <Formula>break-even leakage = 1 − (costs over H years, valued today) ÷ (benefits before leakage over H years, valued today)</Formula>
      <p>
        There is none when costs already match or exceed the benefits. For the break-even delay, the model works out the net benefit with every theme’s benefits 0, 1, 2 … whole
        years late. Because the profile is a straight line between whole years, so is the net benefit, so the point where it crosses zero is found exactly by reading along
        the line between the last whole year above zero and the first at or below it.
      </p>

      <h4>From gross to net: the Green Book adjustments</h4>
      <p>
        HM Treasury’s Green Book (2022) asks an appraisal to count only the benefit a change adds, and to correct plans for optimism bias; the cost benefit analysis guidance
        for local partnerships (HM Treasury, Public Service Transformation Network and New Economy, 2014), which grew out of the Greater Manchester pilot, does the same for
        public service reform. Each adjustment below is a setting, zero by default, so the report’s own figures are unchanged until you set one.
      </p>
      <ul>
        <li>
          <strong>Deadweight</strong> (dw): the share of the benefit that would have come anyway. A family whose situation would have improved without the programme saves
          nothing because of it (Green Book, additionality).
        </li>
        <li>
          <strong>Displacement</strong> (ds): the share that only moves a cost or a problem elsewhere, such as demand that shifts from one service to another (Green Book,
          additionality).
        </li>
        <li>
          <strong>Attribution to others</strong> (at): the share due to other programmes working with the same people (2014 local partnerships guidance).
        </li>
        <li>
          <strong>Optimism bias</strong>: plans tend to overstate benefits (obB, a share taken off every benefit) and understate costs (obC, a share added to every cost)
          (Green Book, optimism bias).
        </li>
      </ul>
      <Formula>benefit counted = m × u × (1 − ℓ) × (1 − dw) × (1 − ds) × (1 − at) × (1 − obB) × gross benefit</Formula>
      <Formula>cost counted = u × (1 + obC) × cost</Formula>
      <p>
        Because the shares multiply, the order does not change the result: 20% deadweight and 25% displacement leave 0.8 × 0.75 = 60% of the benefit, as 40% leakage does.
        The price-base factor u multiplies every money figure, the addressable spend and the departments’ budgets too, so shares and payback years do not change; the
        explorer holds no deflators, so take the factor from HM Treasury’s GDP deflators. For each adjustment the panel gives its break-even value, found as for leakage:
      </p>
      <Formula>break-even share = 1 − (costs over H years) ÷ (benefits over H years with that adjustment taken away)</Formula>
      <Formula>break-even optimism bias on costs = (benefits over H years) ÷ (costs over H years with no bias) − 1</Formula>

      <h4>Partners</h4>
      <Formula>partner’s part of the benefit = its printed share ÷ the sum of the printed shares for that theme</Formula>
      <ul>
        <li>All partners together (m = 1): each partner gets its part of the net benefit.</li>
        <li>One partner acting alone (m = its part): {lowerFirst(ACTS_ALONE)} The whole net result is its own.</li>
        <li>Leave one partner out (m = 1 − its part): {lowerFirst(LEAVE_ONE_OUT)}</li>
      </ul>
      <Formula>share of a department’s budget = the partner’s annual net benefit ÷ its DEL or AME</Formula>

      <h4>Who pays: each partner’s ledger</h4>
      <p>
        The partner lens says who takes part and so who receives the benefit; a separate choice says who pays the costs. For every partner, each year, the ledger shows the
        benefit it receives, the cost it pays, the difference, and that difference added up year by year in today’s money (its running total). Over the horizon it gives
        the present value of what the partner gets back and of what it puts in, their difference (its net position), its net return on each pound put in (net position ÷
        what it puts in) and the first year its running total is at least zero (when it breaks even). The pilots’ answer to one partner investing while others gain was an
        investment agreement between the partners (EY 2013, 4.3.2, on Greater Manchester); the rules below are the simple forms such an agreement can take.
      </p>
      <ul>
        <li>
          <strong>Each partner its share of each theme’s costs</strong> (the default, and the report’s own rule): costs are pooled like the savings, so a partner’s net
          position is its part of each theme’s net benefit.
        </li>
        <li>
          <strong>One partner pays every cost</strong> (<code>pay=lead:&lt;partner&gt;</code>): for example a council that invests alone while the savings land elsewhere.
        </li>
        <li>
          <strong>In proportion to what each gets back</strong> (<code>pay=benefit</code>): each partner pays the share of every cost that its benefit is of the whole
          benefit, valued today. Every partner then gets the same return on each pound, and its net position is that same share of the total net benefit.
        </li>
        <li>
          <strong>Shares the room agrees</strong> (<code>pay=custom</code> with <code>pay.&lt;partner&gt;</code>): each partner pays the share of every cost typed for
          it. Shares that do not add to 100% are not scaled: the rest is shown as costs with no payer yet.
        </li>
        <li>
          <strong>Central partners close the local gap</strong> (<code>pay=breakeven</code>): the local partners pay every cost less a top-up from the central
          partners, the same share of every year’s costs, just large enough that the local partners’ running total is at least zero at the end of the chosen year and of every
          later year of the horizon. Central partners share the top-up, and local partners the rest, in proportion to the benefit each receives.
        </li>
      </ul>
      <Formula>central share needed = the largest, over the chosen year n and every later year t, of 1 − (local benefit to year t) ÷ (all costs to year t), both valued today; from 0 to 1</Formula>
      <p>
        That share of the costs, valued today, is the invest-to-save gap: what a central fund or a payment-by-results top-up would have to provide. The deal room shows it
        under every rule, for the year chosen (the horizon’s last unless you pick one).
      </p>
    </section>
  );
}

function Choices() {
  const { data } = useAppData();
  const baseline = useBaseline();
  const delays = delaySwitchingText(baseline, data);
  return (
    <section aria-labelledby="m-choices">
      <h3 id="m-choices">Choices the report leaves open</h3>
      <p>The report gives results, not its spreadsheet. Where it does not say how something was done, the explorer makes the choice below and says why.</p>
      <dl className="choices">
        <dt>The yearly figures are already discounted</dt>
        <dd>The report calls its five-year total a net present value at 3.5% and its yearly figures add up to that total, so each yearly figure must already be at today’s value.</dd>
        <dt>Discounting starts after year 1</dt>
        <dd>
          The report does not say whether 2012-13 itself is discounted. It is the year all prices are given in, so the explorer leaves it as it is and divides year t by 1.035
          to the power t − 1. Fitting the published tables both ways, this choice misses the printed figures by less (at worst 0.41, 0.89 and 0.68 of a rounding step for the
          three themes, against 0.57, 1.06 and 0.87).
        </dd>
        <dt>Delay results are read as a band of whole years</dt>
        <dd>
          The report prints its delay tests as “3–4 years” and “3 years, breaking even in the 4th year”. Taken literally, the work and skills result would be 4 whole years in
          the model, not 3. The reading that fits all three sections is that the base case reaches zero somewhere between 3 and 4 years late. The model’s values are{' '}
          {delays || 'shown on the check page'}.
        </dd>
        <dt>Partner shares are scaled to add up to 100%</dt>
        <dd>
          The printed shares are rounded and add up to 98% (health and social care), 99% (families) or 101% (domestic abuse). Leaving the gap unallocated would lose money, so
          each share is divided by their total. The report seems to have done the same: its “full collaboration” split of £12.0bn into £8.2bn for health and £3.8bn for social
          care is 67/98 and 31/98 of the total (6.2.2).
        </dd>
        <dt>Years after the fifth follow a stated rule</dt>
        <dd>
          The report stops at year 5 and only says the full benefits take longer. For horizons of 6 to 10 years the explorer by default lets realisation climb evenly from its
          year-5 level to 100% in year 10, and charges the ongoing cost O each year from year 6. A profile already above 100% in year 5 stays there: re-offending’s pilot A
          counts more than one crime per offender (8.1.3). Under “Green Book adjustments” you can instead hold benefits at their year-5 level, or let them fall back by a share
          each year. With a 5-year horizon you see the report’s own figures whatever the rule; longer horizons are the explorer’s extension.
        </dd>
        <dt>Costs and full benefits are fitted</dt>
        <dd>
          The full benefit a year, the investment cost in each year and the ongoing cost were never published. They are worked back from the published results by a
          fitting calculation, which chooses them so that the model’s results are as close as possible to every figure the report printed: first it makes the largest miss as
          small as it can, measured in rounding steps, then the total miss. The three main themes are fitted together so the national totals in 6.1 also hold. Only the
          figures that pin a cost or a benefit are used; the rest (percentages of spend and budget, partner amounts and more) are held back to test the fit, and the check
          page counts them separately. Every fitted result rounds to the printed one (the worst miss is 0.99 of a rounding step). Costs keep a plausible shape: in years 1
          to 5 each year costs at least half the ongoing cost scaled by that year’s realisation, and the ongoing cost is at least a fifth of the year-5 cost, so no year
          is free and costs do not stop after year 5. Two partner shares are read within their rounding (DWP’s 69% in work and skills, the Home Office’s 13% in families),
          which two of the report’s figures need. The fitted costs are not the pilots’ real plans. Each fitted value is listed, with the published figures it was fitted to, in the table of inputs at the end of this page.
        </dd>
        <dt>Families with complex needs have separate costs for each scenario</dt>
        <dd>
          For health and social care and for work and skills, the leakage results imply the same costs (valued today) in the prudent and base cases, so one cost stream serves
          both. For families with complex needs they imply about £0.54bn and £0.95bn, which no single cost stream can give, so each scenario has its own costs and ongoing cost.
        </dd>
        <dt>The annex themes follow one pilot each</dt>
        <dd>
          Domestic abuse and re-offending were scaled up from individual pilots, not by the common method. In the explorer “prudent” follows the pilot with the smaller result and
          “base” the larger. They are off by default and labelled indicative, because each rests on one pilot and they cannot be compared with the main themes.
        </dd>
        <dt>Two budgets for one department</dt>
        <dd>
          The report quotes two budgets for the Department for Work and Pensions (£161.4bn and £170bn) and for the Home Office (£114.1bn and £10.9bn). For each theme the explorer
          uses the figure quoted in that theme’s own section.
        </dd>
        <dt>Take-up scales benefits and costs alike</dt>
        <dd>Taking up half the national potential halves both benefits and costs. The report gives no evidence that costs fall faster or slower with scale.</dd>
      </dl>
    </section>
  );
}

function Differences() {
  const { data, golden } = useAppData();
  const known = knownDifferences(data);
  const groups = useMemo(() => buildDifferenceGroups(known, golden, data), [known, golden, data]);
  const count = Object.keys(known).length;
  return (
    <section aria-labelledby="m-differences">
      <h3 id="m-differences">Where the report disagrees with itself</h3>
      <p>
        {count} published figures cannot all be true together with the rest of the report, or no rule the report states produces them. The explorer follows the figures that
        agree with each other and lists these, with the reason, on <PageLink route="check">the check against the report</PageLink>.
      </p>
      <ul className="difference-list">
        {groups.map((g) => (
          <li key={g.reason}>
            <p>{g.reason}</p>
            <ul>
              {g.figures.map((f) => (
                <li key={f.id}>
                  {f.text}
                  {f.section && <span className="section-ref"> (section {f.section})</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Caveats() {
  return (
    <section aria-labelledby="m-caveats" className="caveat-box">
      <h3 id="m-caveats">Read this first</h3>
      <ul>
        <li>
          <strong>This is not a budget forecast.</strong> It shows what the report’s national estimates become under the assumptions you choose. It does not predict what any
          department or council will save.
        </li>
        <li>The national figures were scaled up from four pilot areas’ own business cases. The pilots’ figures were not audited (EY 2013, 3.4 to 3.5).</li>
        <li>All money is in 2012-13 prices unless you set a price-base factor under “Green Book adjustments”. Later years are discounted at the rate you choose.</li>
        <li>Domestic abuse and re-offending rest on single pilots and are indicative only.</li>
      </ul>
    </section>
  );
}

function SettingsTable() {
  const { data } = useAppData();
  const spec = useMemo(() => settingsTableSpec(buildSettingRows(data)), [data]);
  return (
    <section aria-labelledby="m-settings">
      <h3 id="m-settings">Settings and their defaults</h3>
      <ScrollingTable className="method-table-wrap" spec={spec} labelledBy="m-settings" />
    </section>
  );
}

function Inputs() {
  const { data } = useAppData();
  const spec = useMemo(() => inputsTableSpec(buildInputTable(data)), [data]);
  const base = dataBaseUrl();
  return (
    <section aria-labelledby="m-inputs">
      <h3 id="m-inputs">Every input number and its source</h3>
      <p>
        These are the numbers in the data files (version {data.version}) exactly as the explorer has loaded them. Hover over a value, or move to it with the Tab key, to see its
        source; the source is also in the last column. The files themselves: the case, <a href={`${base}cases/england-2013.json`}>england-2013.json</a>,{' '}
        its areas, <a href={`${base}areas.json`}>areas.json</a>, the report’s figures in{' '}
        <a href={`${base}published-figures.csv`}>published-figures.csv</a>, and what changed between versions in <a href={`${base}CHANGELOG.md`}>the data changelog</a>.
      </p>
      <ScrollingTable className="method-table-wrap" spec={spec} labelledBy="m-inputs" />
    </section>
  );
}

/** "Method and sources" (#method): how the explorer works, what it assumes, and where every number comes from. */
export function MethodPage() {
  return (
    <PageFrame title="Method and sources" className="method">
      <p className="lead">
        How every figure in the explorer is worked out, the choices made where the report is silent, where the report disagrees with itself, and where each input number comes
        from. To see every published figure beside the explorer’s, go to <PageLink route="check">Check against the report</PageLink>.
      </p>
      <Caveats />
      <Sources />
      <Formulas />
      <Choices />
      <Differences />
      <SettingsTable />
      <Inputs />
    </PageFrame>
  );
}
