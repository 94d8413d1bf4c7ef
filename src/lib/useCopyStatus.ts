import { useEffect, useState } from 'react';

export type CopyStatus = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string };

/** A copy button's status: "copied" clears itself after five seconds. */
export function useCopyStatus(): [CopyStatus, (status: CopyStatus) => void] {
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });
  useEffect(() => {
    if (status.kind !== 'copied') return;
    const timer = window.setTimeout(() => setStatus({ kind: 'idle' }), 5000);
    return () => window.clearTimeout(timer);
  }, [status]);
  return [status, setStatus];
}
