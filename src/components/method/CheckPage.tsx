// Mount point for the "Check against the report" page (issue 8); filled in by its own work.
export function CheckPage() {
  return null;
}
