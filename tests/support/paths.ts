/** Paths of repository data the tests read (no database needed). */
import path from 'node:path';
import { ROOT } from '../../src/config.js';

export const SEED_FILE = path.join(ROOT, 'data', 'seed', 'independent-2017-11-24-lavrov-kono.json');
export const CORPUS_DIR = path.resolve(ROOT, '..', 'shared', 'corpus');
