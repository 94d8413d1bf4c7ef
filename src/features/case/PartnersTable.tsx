import { RemoveButton } from './GridCell';
import { useId, useRef } from 'react';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { BuilderProps } from './builderTypes';
import { cellDomId } from './caseGrid';
import { CellInput } from './CellInput';
import { addPartner, removePartner, renamePartner, setIn } from './draftEdit';
import { getIn, listAt, partnerLabel } from './draftRead';

/** The case's partners: an id (as shares and links name them), a name, and whether each is local. */
export function PartnersTable({ draft, edit, problemAt, say }: BuilderProps) {
  const captionId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const rows = listAt(draft, ['partners']).length;
  const remove = (row: number) => {
    const name = partnerLabel(draft, row);
    edit((d) => removePartner(d, row));
    say(`Removed the partner “${name}” and its shares.`);
    addRef.current?.focus();
  };
  return (
    <section className="case-section" aria-labelledby={`${captionId}-h`}>
      <h3 id={`${captionId}-h`}>Partners</h3>
      <p className="help">The bodies that pay the costs and get the savings. An id is short (a letter, then letters, digits or hyphens): the shares and links use it. Removing a partner removes its shares.</p>
      <ScrollRegion className="case-grid-scroll" labelledBy={captionId}>
        <table className="case-grid case-partners" data-grid="partners">
          <caption id={captionId} className="visually-hidden">
            Partners
          </caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Name</th>
              <th scope="col">Local</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => {
              const name = partnerLabel(draft, row);
              const localPath = ['partners', row, 'local'];
              const localProblem = problemAt(localPath, 'text');
              const localId = cellDomId(localPath);
              return (
                <tr key={row}>
                  <td>
                    <CellInput path={['partners', row, 'id']} label={`${name}, id`} kind="text" value={getIn(draft, ['partners', row, 'id'])} problem={problemAt(['partners', row, 'id'], 'text')} onText={(text) => edit((d) => renamePartner(d, row, text))} row={row} col={0} />
                  </td>
                  <td>
                    <CellInput path={['partners', row, 'name']} label={`${name}, name`} kind="text" value={getIn(draft, ['partners', row, 'name'])} problem={problemAt(['partners', row, 'name'], 'text')} onText={(text) => edit((d) => setIn(d, ['partners', row, 'name'], text))} row={row} col={1} />
                  </td>
                  <td className="case-local">
                    <input
                      id={localId}
                      type="checkbox"
                      aria-label={`${name} is a local partner`}
                      checked={getIn(draft, localPath) === true}
                      aria-invalid={localProblem ? true : undefined}
                      aria-describedby={localProblem ? `${localId}-problem` : undefined}
                      onChange={(e) => edit((d) => setIn(d, localPath, e.target.checked))}
                    />
                    {localProblem && (
                      <span id={`${localId}-problem`} className="field-error case-cell-problem">
                        {localProblem}
                      </span>
                    )}
                  </td>
                  <td>
                    <RemoveButton name={name} onRemove={() => remove(row)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="help">Local partners (councils and other local bodies) are the ones the explorer asks to break even; the others are central.</p>
      <button
        ref={addRef}
        type="button"
        className="secondary-button"
        onClick={() => {
          edit(addPartner);
          say('Added a partner at the end of the table.');
        }}
      >
        Add a partner
      </button>
    </section>
  );
}
