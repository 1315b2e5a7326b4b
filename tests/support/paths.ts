/** Paths of repository data the tests read (no database needed). */
import path from 'node:path';
import { SEED_DIR } from '../../src/eval/gold.js';

/** The seed's gold dossier, and the raw article it was made from (kept byte for byte). */
export const SEED_FILE = path.join(SEED_DIR, 'independent-2017-11-24-lavrov-kono.json');
export const SEED_RAW_FILE = path.join(SEED_DIR, 'independent-2017-11-24-lavrov-kono.txt');
