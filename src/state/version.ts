import type { Settings } from '../model';

/**
 * A number for each settings object the store has held, growing with each change. The headline
 * and each chart show the number of the settings they were drawn from (`data-settings-version`),
 * so the interaction benchmark (bench/interaction.mjs) can tell when every part of the page has
 * caught up with a given slider step. Settings the store never held (presets, tests) have 0.
 */
const versions = new WeakMap<Settings, number>();
let latest = 0;

export function noteSettings(settings: Settings): void {
  if (!versions.has(settings)) versions.set(settings, ++latest);
}

export const settingsVersion = (settings: Settings): number => versions.get(settings) ?? 0;
