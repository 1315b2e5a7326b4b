/**
 * The cross-article gold (data/stories, issue 14) holds together: every article's dossier is
 * valid on its own, and every span story.json names is a statement of that article — with the
 * claim and polarity story.json says, for claims — so a scorer can trust it.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/ingest/plan.js';
import { loadStories, type Story, type StoryStatement } from '../../src/eval/stories.js';

const stories = [...loadStories('dev'), ...loadStories('holdout')];

/** Why a story.json span is not a statement of its article, or undefined when it is. */
function statementAt(story: Story, s: StoryStatement) {
  const article = story.articles.get(s.article);
  if (!article) return { problem: `no article "${s.article}"` };
  const statement = article.gold.statements.find((x) => x.span.start === s.span.start && x.span.end === s.span.end);
  return statement ? { statement } : { problem: `${s.article} has no statement at ${s.span.start}..${s.span.end}` };
}

describe('the cross-article stories', () => {
  it('has at least 12 development stories and 6 held-out ones, each told by 3 articles or more', () => {
    expect(stories.filter((s) => s.set === 'dev').length).toBeGreaterThanOrEqual(12);
    expect(stories.filter((s) => s.set === 'holdout').length).toBeGreaterThanOrEqual(6);
    for (const story of stories) expect(story.articles.size, story.name).toBeGreaterThanOrEqual(3);
  });

  it('gives every article a dossier that resolves on its own', () => {
    for (const story of stories) for (const [name, { gold }] of story.articles) expect(() => buildPlan(gold, []), `${story.name}/${name}`).not.toThrow();
  });

  it('names only statements of its articles, with the claims and polarities the dossiers give them', () => {
    const problems: string[] = [];
    for (const story of stories) {
      const check = (s: StoryStatement, what: string) => {
        const found = statementAt(story, s);
        if (found.problem) problems.push(`${story.name} ${what}: ${found.problem}`);
        return found.statement;
      };
      for (const claim of story.gold.claims)
        for (const s of claim.statements) {
          const statement = check(s, claim.id);
          if (statement && !statement.claims.some((c) => c.claim === claim.id && c.polarity === s.polarity))
            problems.push(`${story.name} ${claim.id}: ${s.article} ${s.span.start}..${s.span.end} does not ${s.polarity} it in its dossier`);
        }
      for (const r of story.gold.responses) {
        check(r.from, 'response from');
        check(r.to, 'response to');
      }
      for (const e of story.gold.events) for (const s of e.statementsMadeAt) check(s, `${e.id} made at`);
      for (const c of story.gold.contradictions)
        if (!story.gold.claims.some((x) => x.id === c.claim)) problems.push(`${story.name}: contradiction on unknown ${c.claim}`);
    }
    expect(problems).toEqual([]);
  });
});
