import { useId, useRef } from 'react';
import { CASE_LIMITS } from '../../model';
import type { BuilderProps } from './builderTypes';
import { LOOSE_PROBLEMS_ID } from './builderView';
import { placeOf, type LocatedProblems } from './caseGrid';
import { addTheme } from './draftEdit';
import { draftHasPrudent, listAt, moneyLabel } from './draftRead';
import { SharesTable } from './SharesTable';
import { ThemeGrid } from './ThemeGrid';

/** Problems the checks found that belong to no one box: a list above the grid. */
function LooseProblems({ loose, draft, years }: { loose: LocatedProblems['loose']; draft: unknown; years: readonly string[] }) {
  if (loose.length === 0) return null;
  return (
    <div id={LOOSE_PROBLEMS_ID} tabIndex={-1} className="notice notice-error case-loose">
      <p>{loose.length === 1 ? 'A problem that is not in one box:' : `${loose.length} problems that are not in one box:`}</p>
      <ul>
        {loose.slice(0, 50).map((p, i) => (
          <li key={i}>
            <strong>{placeOf(p.path, draft, years)}</strong>: {p.message}
          </li>
        ))}
        {loose.length > 50 && <li>…and {loose.length - 50} more.</li>}
      </ul>
    </div>
  );
}

/** The heart of the builder: each scenario's figures by theme, then who gets the savings. */
export function ThemesSection(props: BuilderProps & { years: readonly string[]; loose: LocatedProblems['loose'] }) {
  const { draft, edit, say, years, loose } = props;
  const id = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const money = moneyLabel(draft);
  const count = listAt(draft, ['themes']).length;
  const full = count >= CASE_LIMITS.maxThemes;
  const focusAdd = () => addRef.current?.focus();
  return (
    <>
      <section className="case-section" aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>Themes</h3>
        <p className="help">
          A row for each theme. The full yearly benefit is what the theme saves a year once fully realised; realisation is the share of it reached each year (100% is all of it); costs are what it costs each year. Type in a box, or paste a block copied from a spreadsheet into the box where it should start. Up and Down (or Enter) move within a column; Tab moves across.
        </p>
        <LooseProblems loose={loose} draft={draft} years={years} />
        <ThemeGrid {...props} scenario="base" years={years} money={money} onRemoved={focusAdd} />
        {draftHasPrudent(draft) && <ThemeGrid {...props} scenario="prudent" years={years} money={money} onRemoved={focusAdd} />}
        <button
          ref={addRef}
          type="button"
          className="secondary-button"
          disabled={full}
          onClick={() => {
            edit((d) => addTheme(d));
            say('Added a theme at the end of the table.');
          }}
        >
          Add a theme
        </button>
        {full && <p className="help">A case may have at most {CASE_LIMITS.maxThemes} themes.</p>}
      </section>
      <section className="case-section" aria-labelledby={`${id}-shares`}>
        <h3 id={`${id}-shares`}>Who gets the savings</h3>
        <p className="help">Each partner’s share of each theme’s savings, in %. A blank box is no share; a theme’s shares add to at most 100%.</p>
        <SharesTable {...props} />
      </section>
    </>
  );
}
