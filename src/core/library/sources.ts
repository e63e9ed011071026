/**
 * Every source a clinical fact in painmap cites, by key. Tiers follow clinical-facts.md:
 * A peer-reviewed study, review or guideline; B Travell & Simons as reported by a named page;
 * C practitioner, teaching or product page.
 */
export interface Source {
  readonly citation: string;
  readonly url?: string;
  readonly tier: 'A' | 'B' | 'C';
}

export const SOURCES = {
  'TS2-ch8': { citation: 'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual, Vol. 2 (1992), ch. 8 Gluteus medius, as reported by third-party summaries', tier: 'B' },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
