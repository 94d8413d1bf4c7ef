import { useId } from 'react';
import { DataTable } from '../../ui/DataTable';
import { ScrollRegion } from '../../ui/ScrollRegion';
import type { TableSpec } from '../../ui/tableSpec';

/** A table of the Method and Check pages or of an explanation, in a box that scrolls sideways. */
export function MethodTable({ spec, labelledBy }: { spec: TableSpec; labelledBy?: string }) {
  const captionId = useId();
  return (
    <ScrollRegion className="method-table-wrap" labelledBy={labelledBy ?? captionId}>
      <DataTable spec={spec} captionId={captionId} />
    </ScrollRegion>
  );
}
