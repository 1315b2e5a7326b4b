/**
 * The cross-article gold of issue 14 (data/stories/<set>/<story>/): one story told by several
 * articles, each a raw text beside its gold dossier, and `story.json` for what only the story
 * as a whole knows — claims grouped across articles with each statement's polarity,
 * contradictions, responses (across articles too), events with the articles that report them,
 * and roles over time. Spans in story.json are into the named article's `article.text`.
 * The development stories may be tuned on; the held-out ones never (data/stories/holdout/README.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.js';
import type { Dossier } from '../dossier/schema.js';
import { parseDossier } from '../dossier/validate.js';

export type StorySet = 'dev' | 'holdout';
export const STORY_DIRS: Record<StorySet, string> = {
  dev: path.join(ROOT, 'data', 'stories', 'dev'),
  holdout: path.join(ROOT, 'data', 'stories', 'holdout'),
};

/** A statement of one of the story's articles, by its span. */
export interface StoryStatement {
  article: string;
  span: { start: number; end: number };
}

export interface StoryGold {
  title: string;
  subject: string;
  claims: Array<{ id: string; text: string; statements: Array<StoryStatement & { polarity: 'AFFIRMS' | 'DENIES' }> }>;
  contradictions: Array<{ claim: string; affirmedBy: string; deniedBy: string }>;
  responses: Array<{ from: StoryStatement; to: StoryStatement; cue?: string }>;
  events: Array<{
    id: string;
    kind: string;
    participants: string[];
    place?: string | null;
    date: string;
    precision: string;
    mentionedIn: string[];
    statementsMadeAt: StoryStatement[];
  }>;
  roles: Array<{ actor: string; role: string; of: string; from: string | null; to: string | null; evidence: StoryStatement[] }>;
}

export interface Story {
  set: StorySet;
  name: string;
  /** Article name (file name without extension) → its raw text and gold dossier, in publication order. */
  articles: Map<string, { raw: string; gold: Dossier }>;
  gold: StoryGold;
}

/** Every story of a set, its dossiers parsed (a malformed one throws, naming its file). */
export function loadStories(set: StorySet, dir: string = STORY_DIRS[set]): Story[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const folder = path.join(dir, name);
      const articles = new Map<string, { raw: string; gold: Dossier }>();
      for (const file of readdirSync(folder)
        .filter((f) => f.endsWith('.json') && f !== 'story.json')
        .sort()) {
        const article = file.replace(/\.json$/, '');
        articles.set(article, {
          raw: readFileSync(path.join(folder, `${article}.txt`), 'utf8'),
          gold: parseDossier(JSON.parse(readFileSync(path.join(folder, file), 'utf8'))),
        });
      }
      const gold = JSON.parse(readFileSync(path.join(folder, 'story.json'), 'utf8')) as StoryGold;
      return { set, name, articles, gold };
    });
}
