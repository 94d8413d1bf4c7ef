// Mount point for the uncertainty panel (issue 7); filled in by its own work.
export function UncertaintySection() {
  return null;
}
