import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useSettingsStore } from './state';
import './styles.css';

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
