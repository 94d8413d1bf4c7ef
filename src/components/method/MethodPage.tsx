// Mount point for the "Method and sources" page (issue 8); filled in by its own work.
export function MethodPage() {
  return null;
}
