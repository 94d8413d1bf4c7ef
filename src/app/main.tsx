import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { useSettingsStore } from '../state';
import './styles.css';

// The app's address ends in a slash, the one its service worker covers offline: a host that
// serves the page at the bare sub-path as well gets the same address, so links and bookmarks
// made from here work offline too.
const base = import.meta.env.BASE_URL;
if (base.startsWith('/') && window.location.pathname === base.replace(/\/$/, '')) {
  window.history.replaceState(window.history.state, '', `${base}${window.location.search}${window.location.hash}`);
}

// Settings come from the address bar before the first render, so a shared link opens as sent.
useSettingsStore.getState().loadFromQuery(window.location.search, 'external');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to draw the app into.');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
