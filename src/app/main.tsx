import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { showCaseFromAddress } from '../state';
import './styles.css';

// The address ends in a slash, the one the service worker covers offline, also where a host serves
// the bare sub-path: links and bookmarks made here then work offline too.
const base = import.meta.env.BASE_URL;
if (base.startsWith('/') && window.location.pathname === base.replace(/\/$/, '')) {
  window.history.replaceState(window.history.state, '', `${base}${window.location.search}${window.location.hash}`);
}

// The case and settings come from the address bar before the first render, so a shared link opens as sent.
showCaseFromAddress(window.location);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to draw the app into.');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
