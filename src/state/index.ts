// The state layer's public surface: the settings store, the UI store, memoised selectors over
// the model, address-bar sync, presets, saved scenarios and data loading.
export * from './store';
export * from './ui';
export * from './model';
export * from './presets';
export * from './url';
export * from './data';
export * from './memo';
export { CHART_SLOTS, useChartsHeld, useChartsStale, usePacerStore, useSlowMachine, type ChartSlot } from './chartPace';
export * from './hooks';
export * from './saved';
export * from './dealRoom';
export * from './case';
export * from './caseSwitch';
export { CASE_LINK_MAX_CHARS, decodeCaseFromLink, encodeCaseForLink, withCaseFragment } from './caseLink';
