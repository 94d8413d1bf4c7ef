import { useEffect, useState } from 'react';
import { copyText } from '../lib/clipboard';

type CopyStatus = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string };

interface CopyButtonProps {
  label: string;
  /** The text to copy, read when clicked (subscribing would re-render at every slider step). */
  text: () => string;
  copied: string;
  /** Said when the browser would not copy: the text is then shown to copy by hand. */
  failed: string;
  fallbackLabel: string;
  primary?: boolean;
  multiline?: boolean;
  className?: string;
}

/** With a visible (and announced) confirmation, and the text to copy by hand if need be. */
export function CopyButton({ label, text, copied, failed, fallbackLabel, primary = false, multiline = false, className = '' }: CopyButtonProps) {
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });
  // "Copied" clears itself after five seconds.
  useEffect(() => {
    if (status.kind !== 'copied') return;
    const timer = window.setTimeout(() => setStatus({ kind: 'idle' }), 5000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const onCopy = async () => {
    const value = text();
    const ok = await copyText(value);
    setStatus(ok ? { kind: 'copied' } : { kind: 'failed', text: value });
  };

  const select = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select();
  return (
    <div className={`copy-link ${className}`.trim()}>
      <button type="button" className={primary ? 'primary-button' : 'secondary-button'} onClick={() => void onCopy()}>
        {label}
      </button>
      <p role="status" className="copy-status">
        {status.kind === 'copied' && `✓ ${copied}`}
        {status.kind === 'failed' && failed}
      </p>
      {status.kind === 'failed' &&
        (multiline ? (
          <textarea className="copy-fallback" readOnly value={status.text} aria-label={fallbackLabel} rows={6} onFocus={select} />
        ) : (
          <input className="copy-fallback" readOnly value={status.text} aria-label={fallbackLabel} onFocus={select} />
        ))}
    </div>
  );
}
