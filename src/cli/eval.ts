/** `claimgraph eval` (npm run eval): score the extractor against the gold articles; exit 1 below target. */
import { evaluate, formatEvaluation, TARGETS } from '../eval/evaluate.js';
import { extractDossier } from '../extract/index.js';

export function runEval(): number {
  const evaluation = evaluate(extractDossier);
  process.stdout.write(`${formatEvaluation(evaluation)}\n\n`);
  process.stdout.write(`Targets: ${TARGETS.map((t) => `${t.set} ${t.metric} ≥ ${t.atLeast}`).join(', ')}\n`);
  if (evaluation.failures.length === 0) {
    process.stdout.write('All targets met.\n');
    return 0;
  }
  process.stderr.write(`Below target: ${evaluation.failures.join('; ')}\n`);
  return 1;
}
