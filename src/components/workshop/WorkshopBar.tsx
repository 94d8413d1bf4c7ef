// Mount point for presenter mode, saved scenarios, comparison and exports (issue 5).
export function WorkshopBar() {
  return null;
}
