// Mount point for the local-area view (issue 7); filled in by its own work.
export function LocalAreaSection() {
  return null;
}
