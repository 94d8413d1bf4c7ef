import { shareLink, useSettingsStore } from '../state';
import { CopyButton } from './CopyButton';

export function CopyLinkButton() {
  return (
    <CopyButton
      primary
      label="Copy link to these settings"
      text={() => shareLink(useSettingsStore.getState().settings)}
      copied="Link copied"
      failed="Could not copy automatically: select the link and copy it."
      fallbackLabel="Link to these settings"
    />
  );
}
