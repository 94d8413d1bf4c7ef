import { selectBaseline, selectResults, shareLink, useAppData, useSettingsStore } from '../../state';
import { CopyButton } from '../../ui/CopyButton';
import { buildCommitteeText } from './committeeText';

/** Copies the link to the current settings. */
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

/** Copies a short paragraph on the current results for a committee report. */
export function CopyTextButton() {
  const { data } = useAppData();
  const paragraph = () => {
    const settings = useSettingsStore.getState().settings;
    return buildCommitteeText(selectResults(data, settings), selectBaseline(data), settings, data, shareLink(settings));
  };
  return (
    <CopyButton
      multiline
      className="copy-text"
      label="Copy as text"
      text={paragraph}
      copied="Paragraph copied"
      failed="Could not copy automatically: select the paragraph and copy it."
      fallbackLabel="Paragraph on these results"
    />
  );
}
