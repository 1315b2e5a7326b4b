/**
 * The measured floors of the eval targets not met yet (see src/eval/targets.ts): one line per
 * missed target, its key ("set metric") and the value measured when it was recorded. A missed
 * target with a floor keeps the suite green as long as it measures no worse than its floor; a
 * regression below it fails. When a target is met, its line must go (the suite says so).
 * `npm run eval` prints the line to paste for each missed target without one, e.g.
 *   'holdout speakerAccuracy': 0.78,
 * For an at-most target (junkShare, refused) the "floor" is the worst value allowed.
 */
export const FLOORS: Readonly<Record<string, number>> = {};
