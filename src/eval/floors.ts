/**
 * The measured floors of the eval targets not met yet (see src/eval/targets.ts): one line per
 * missed target, its key ("set metric") and the value measured when it was recorded. A missed
 * target with a floor keeps the suite green as long as it measures no worse than its floor; a
 * regression below it fails. When a target is met, its line must go (the suite says so).
 * `npm run eval` prints the line to paste for each missed target without one, e.g.
 *   'holdout speakerAccuracy': 0.78,
 * For an at-most target (junkShare, refused) the "floor" is the worst value allowed.
 */
export const FLOORS: Readonly<Record<string, number>> = {
  // Recorded 2026-12-06 after issue 13's first rounds (20 holdout articles, 188 gold quotes).
  'holdout speakerAccuracy': 0.85,
  'holdout reportedRecall': 0.767,
  'holdout junkShare': 0.101,
  'holdout dateAccuracy': 0.65,
  'holdout publisherAccuracy': 0.5,
};
