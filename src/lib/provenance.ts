import type { ModelData, Settings } from '../model';
import { describeDifferences } from './describe';

/** "5 December 2026". */
export const dateInWords = (now: Date): string => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(now);

/** The settings in words, only those that differ from the report's base. */
export function settingsInWords(settings: Settings, data: ModelData): string {
  const differences = describeDifferences(settings, data);
  return differences === 'The report’s base settings' ? 'the report’s base settings' : `${differences} (all else as the report’s base)`;
}

/** What made an output taken away from the tool: the settings in words, the date and the link. */
export function provenanceLines(settings: Settings, data: ModelData, link: string, now: Date): string[] {
  return [`Settings: ${settingsInWords(settings, data)}.`, `Made with the Community Budgets Explorer on ${dateInWords(now)}: ${link}`];
}
