/**
 * `claimgraph eval [--verbose]` (npm run eval): score the extractor against the gold articles
 * and print each target met or "MISSED (goal …, measured …)"; exit 1 when a hard target is
 * missed, a goal falls below its recorded floor or has none, or a target could not be measured
 * (a gold article's raw text missing). `--verbose` (or `--junk`) adds the per-article table and
 * names each set's junk actors and each wrong date, publisher and refusal.
 */
import { parseArgs } from 'node:util';
import { parseDossier } from '../dossier/validate.js';
import { evaluate, formatEvaluation, type Extractor } from '../eval/evaluate.js';
import { loadGold, type Gold } from '../eval/gold.js';
import { formatTarget } from '../eval/targets.js';
import { extractDossier } from '../extract/index.js';
import { buildPlan } from '../ingest/plan.js';

/**
 * The extractor as ingest meets its output: a dossier that fails validation or planning (on an
 * empty graph) is refused, as `claimgraph ingest` would refuse it.
 */
export const checkedExtractor: Extractor = (raw, options) => {
  const { dossier } = extractDossier(raw, options);
  buildPlan(parseDossier(dossier), []);
  return { dossier };
};

export function runEval(args: string[] = [], gold: Gold = loadGold()): number {
  const { values } = parseArgs({ args, options: { verbose: { type: 'boolean', short: 'v', default: false }, junk: { type: 'boolean', default: false } } });
  const evaluation = evaluate(checkedExtractor, gold);
  process.stdout.write(`${formatEvaluation(evaluation, { verbose: values.verbose || values.junk })}\n\n`);
  process.stdout.write(`Targets:\n${evaluation.targets.map((r) => `- ${formatTarget(r)}`).join('\n')}\n`);
  if (evaluation.failures.length === 0) {
    const missed = evaluation.targets.filter((r) => r.floor !== undefined).length;
    process.stdout.write(missed === 0 ? 'All targets met.\n' : `No target below its floor; ${missed} goal${missed === 1 ? '' : 's'} still missed.\n`);
    return 0;
  }
  process.stderr.write(`Targets not met: ${evaluation.failures.join('; ')}\n`);
  return 1;
}
