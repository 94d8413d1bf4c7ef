// Printing one of the deal room's documents: the page is marked for it (deal.css shows only that
// document) until the browser has printed.
import { useDealStore, type DealPrint } from '../../state';

export function printDeal(what: Exclude<DealPrint, null>) {
  useDealStore.getState().setPrinting(what);
  const done = () => {
    delete document.documentElement.dataset.print;
    useDealStore.getState().setPrinting(null);
    window.removeEventListener('afterprint', done);
  };
  document.documentElement.dataset.print = what;
  window.addEventListener('afterprint', done);
  // After the document has rendered.
  window.setTimeout(() => window.print(), 50);
}
