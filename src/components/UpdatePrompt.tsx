// Mount point for the "update available" prompt of the offline service worker (issue 8).
export function UpdatePrompt() {
  return null;
}
