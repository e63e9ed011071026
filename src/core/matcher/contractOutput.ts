import type { MatchResult } from './types.ts';

/**
 * The command line's output (contracts.md §1): the contract's fields first, then our
 * compatible extensions (why the doctor advice, the nerve caution, essential vs spillover,
 * every trigger point's score, a two-muscle combination).
 */
export function toContractOutput(result: MatchResult) {
  return {
    redFlag: result.redFlag,
    selfHelp: result.selfHelp,
    suggestions: result.suggestions.map((s) => ({
      muscle: s.muscle,
      trp: s.trp,
      side: s.side,
      score: s.score,
      explains: s.explains,
      missing: s.missing,
      explainsEssential: s.explainsEssential,
      explainsSpillover: s.explainsSpillover,
      trps: s.trps,
      ...(s.scoreBeforePressTest !== undefined ? { scoreBeforePressTest: s.scoreBeforePressTest } : {}),
    })),
    unexplained: result.unexplained,
    doctorReasons: result.doctorReasons,
    nerveCaution: result.nerveCaution,
    ...(result.combination
      ? {
          combination: {
            muscles: result.combination.muscles.map((s) => ({ muscle: s.muscle, trp: s.trp, side: s.side })),
            score: result.combination.score,
            explains: result.combination.explains,
          },
        }
      : {}),
  };
}
