import type { HTMLAttributes, ReactNode } from 'react';

interface FigureItem {
  /** Written as data-figure, for the browser tests and the print layout. */
  id: string;
  term: ReactNode;
  value: ReactNode;
  /** The figure unrounded, written as the value's data-value. */
  exact?: number | string;
  note?: ReactNode;
}

/** A section's key figures as a description list. */
export function FigureList({ items, className = 'mc-figures', ...rest }: { items: FigureItem[] } & HTMLAttributes<HTMLDListElement> & Record<`data-${string}`, string>) {
  return (
    <dl className={className} {...rest}>
      {items.map((f) => (
        <div key={f.id} className="mc-figure" data-figure={f.id}>
          <dt>{f.term}</dt>
          <dd data-value={f.exact}>
            {f.value}
            {f.note && <span className="mc-figure-note">{f.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
