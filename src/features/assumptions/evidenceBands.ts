// Optimism bias chosen from the strength of the evidence, as the Green Book asks: the weaker the
// evidence, the larger the correction, falling as evidence firms up. The figures are the explorer's
// own illustrative bands (decision 0014), not published rates.
export const EVIDENCE_BANDS = [
  { id: 'strong', label: 'Strong: this intervention evaluated, at this scale', obCost: 0.1, obBenefit: 0.1 },
  { id: 'moderate', label: 'Moderate: evaluated elsewhere, or a well-measured local pilot', obCost: 0.25, obBenefit: 0.2 },
  { id: 'weak', label: 'Weak: modelled from national or unit-cost data, not yet tried here', obCost: 0.4, obBenefit: 0.3 },
  { id: 'very-weak', label: 'Very weak: expert judgement or anecdote', obCost: 0.6, obBenefit: 0.5 },
] as const;

export const EVIDENCE_SOURCE = 'Approach: HM Treasury Green Book (2022), optimism bias; bands: the explorer’s own, for illustration (decision 0014)';

/** The band two optimism-bias settings match, if any. */
export const bandOf = (obCost: number, obBenefit: number) => EVIDENCE_BANDS.find((b) => b.obCost === obCost && b.obBenefit === obBenefit);
