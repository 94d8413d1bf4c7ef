import { useEffect, useState } from 'react';
import { dateInWords } from '../../lib/provenance';

/** The day the page is printed, read again as printing starts (a page left open overnight). */
export function PrintDate() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const update = () => setNow(new Date());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return <p className="print-date">Printed on {dateInWords(now)}.</p>;
}
