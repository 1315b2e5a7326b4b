// Shared unit-test fixtures: the seed dossier as raw JSON, and small hand-made dossiers whose spans are computed from the text.
import { readFileSync } from 'node:fs';
import { DossierError, type DossierIssue } from '../../src/dossier/errors.js';

const SEED_FILE = new URL('../../data/seed/independent-2017-11-24-lavrov-kono.json', import.meta.url);

/** A fresh, mutable copy of the seed dossier as it is on disk (not yet validated). */
export function seedJson(): any {
  return JSON.parse(readFileSync(SEED_FILE, 'utf8'));
}

/** The index of the seed statement with this ref (so tests don't hard-code positions). */
export function seedStatementIndex(raw: { statements: Array<{ ref: string }> }, ref: string): number {
  const i = raw.statements.findIndex((s) => s.ref === ref);
  if (i < 0) throw new Error(`no seed statement "${ref}"`);
  return i;
}

export interface MiniStatement {
  ref: string;
  text: string;
  speaker: string;
  kind?: string;
  span?: { start: number; end: number };
  [field: string]: unknown;
}

/**
 * A small raw dossier around `text`, published by `org:example-news` (appended to the actors).
 * Each statement's span is where its text first occurs in the article text unless given;
 * `article` overrides article fields.
 */
export function miniDossier(options: {
  text: string;
  article?: Record<string, unknown>;
  actors?: unknown[];
  places?: unknown[];
  topics?: unknown[];
  events?: unknown[];
  claims?: unknown[];
  statements?: MiniStatement[];
}): any {
  const { text } = options;
  return {
    article: {
      url: 'https://www.example.com/news/mini',
      headline: 'Mini',
      publishedAt: '2017-11-24T16:26:00Z',
      text,
      publisher: 'org:example-news',
      ...options.article,
    },
    // The publisher goes last, so that the caller's actors keep their indices in issue paths.
    actors: [...(options.actors ?? []), { id: 'org:example-news', type: 'ORGANIZATION', name: 'Example News' }],
    places: options.places ?? [],
    topics: options.topics ?? [],
    events: options.events ?? [],
    claims: options.claims ?? [],
    statements: (options.statements ?? []).map((s) => {
      const start = text.indexOf(s.text);
      if (!s.span && start < 0) throw new Error(`fixture: "${s.text}" is not in the article text`);
      return { kind: 'INDIRECT', span: { start, end: start + s.text.length }, ...s };
    }),
  };
}

/** The issues of the DossierError that `run` throws; fails the test if it throws nothing or something else. */
export function issuesOf(run: () => unknown): DossierIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DossierError) return error.issues;
    throw error;
  }
  throw new Error('expected a DossierError, but nothing was thrown');
}
