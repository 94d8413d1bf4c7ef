/** Financial-year label `index` years after `first` (e.g. 2012-13 + 2 = 2014-15). */
export function financialYear(first: string, index: number): string {
  const start = Number(first.slice(0, 4)) + index;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
