/** Paths of repository data the tests read (no database needed). */
import path from 'node:path';
import { ROOT } from '../../src/config.js';

export { CORPUS_DIR } from '../../src/eval/gold.js';
export const SEED_FILE = path.join(ROOT, 'data', 'seed', 'independent-2017-11-24-lavrov-kono.json');
