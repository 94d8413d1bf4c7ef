import { Component, type ErrorInfo, type ReactNode } from 'react';
import { copyText } from '../lib/clipboard';
import { resetStore } from '../state';

interface State {
  error: Error | null;
  componentStack: string;
  copied: 'idle' | 'copied' | 'failed';
}

/** Catches any rendering error so the page never goes blank, and offers a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null, componentStack: '', copied: 'idle' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)), copied: 'idle' };
  }

  componentDidCatch(_error: unknown, info: ErrorInfo) {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  details(): string {
    const { error, componentStack } = this.state;
    return [
      `Community Budgets Explorer error`,
      `Address: ${window.location.href}`,
      `Browser: ${navigator.userAgent}`,
      `Time: ${new Date().toISOString()}`,
      `Error: ${error?.name ?? 'Error'}: ${error?.message ?? ''}`,
      error?.stack ? `Stack:\n${error.stack}` : '',
      componentStack ? `Components:${componentStack}` : '',
    ]
      .filter(Boolean)
      .join('\n');
  }

  reset = () => {
    resetStore();
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
    this.setState({ error: null, componentStack: '', copied: 'idle' });
  };

  copy = async () => {
    const ok = await copyText(this.details());
    this.setState({ copied: ok ? 'copied' : 'failed' });
  };

  render() {
    const { error, copied } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="error-page" id="main">
        <div role="alert" className="notice notice-error">
          <h1>Something went wrong</h1>
          <p>The explorer hit a problem and stopped drawing. Resetting the settings usually fixes it. If it does not, copy the details and send them to whoever looks after this app.</p>
          <p className="error-message">
            <strong>What went wrong:</strong> {error.message || error.name}
          </p>
          <div className="button-row">
            <button type="button" className="primary-button" onClick={this.reset}>
              Reset settings
            </button>
            <button type="button" className="secondary-button" onClick={() => void this.copy()}>
              Copy details
            </button>
          </div>
          <p role="status">
            {copied === 'copied' && '✓ Details copied'}
            {copied === 'failed' && 'Could not copy automatically; the details are below.'}
          </p>
          <details open={copied === 'failed'}>
            <summary>Technical details</summary>
            <pre className="error-details">{this.details()}</pre>
          </details>
        </div>
      </main>
    );
  }
}
