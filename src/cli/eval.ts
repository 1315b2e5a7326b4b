/**
 * `claimgraph eval` (npm run eval): score the extractor against the gold articles; exit 1 when
 * a target is below its threshold or could not be measured (a gold article's raw text missing).
 */
import { evaluate, formatEvaluation, TARGETS } from '../eval/evaluate.js';
import { loadGold, type Gold } from '../eval/gold.js';
import { extractDossier } from '../extract/index.js';

export function runEval(gold: Gold = loadGold()): number {
  const evaluation = evaluate(extractDossier, gold);
  process.stdout.write(`${formatEvaluation(evaluation)}\n\n`);
  process.stdout.write(`Targets: ${TARGETS.map((t) => `${t.set} ${t.metric} ≥ ${t.atLeast}`).join(', ')}\n`);
  if (evaluation.failures.length === 0) {
    process.stdout.write('All targets met.\n');
    return 0;
  }
  process.stderr.write(`Targets not met: ${evaluation.failures.join('; ')}\n`);
  return 1;
}
