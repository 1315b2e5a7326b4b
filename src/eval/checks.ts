/**
 * What goes around the quotes, judged per article against gold: junk actors (actors the
 * extraction created that are no gold actor), the article's date and its publisher. Names are
 * compared by their name keys, folded ones included (src/dossier/names.ts), so that "Erdogan"
 * is gold's "Erdoğan" and "der Leyen" gold's "von der Leyen".
 * A junk actor is one whose name and aliases match no gold actor — a fragment ("Two leaders"),
 * a place made an actor ("Berlin (city)" is a gold place) — or match only gold actors of
 * another type ("N. Korea" as a Person, "Soviet Union" as an Organization).
 */
import { nameKeys } from '../dossier/names.js';
import type { ActorEntry, Dossier } from '../dossier/schema.js';

/** An actor the extraction created that stands for no gold actor, and why. */
export interface JunkActor {
  name: string;
  type: string;
  why: string;
}

/** The judgements on one article; what its extraction got wrong, in words. */
export interface ArticleChecks {
  counts: CheckCounts;
  junk: JunkActor[];
  /** "date 2018-03-20 found unknown", "publisher Reuters found Unknown publisher", "refused: …". */
  misses: string[];
}

export interface CheckCounts {
  articles: number;
  refused: number;
  actorsCreated: number;
  junkActors: number;
  dateRight: number;
  publisherRight: number;
}

export interface CheckScores {
  /** Share of the actors created that are junk (0 when none were created). */
  junkShare: number;
  dateAccuracy: number;
  publisherAccuracy: number;
  /** Articles refused by their own extraction: a count, not a share. */
  refused: number;
}

const intersects = (a: readonly string[], b: ReadonlySet<string>) => a.some((k) => b.has(k));
const keysOf = (e: { name: string; aliases?: readonly string[] }) => new Set(nameKeys(e.name, e.aliases ?? []));

/** The actors of `predicted` that stand for no gold actor of their type. */
export function junkActors(gold: Dossier, predicted: Dossier): JunkActor[] {
  const goldActors = gold.actors.map((a) => ({ actor: a, keys: keysOf(a) }));
  const goldPlaces = gold.places.map(keysOf);
  return predicted.actors.flatMap((p): JunkActor[] => {
    const keys = nameKeys(p.name, p.aliases);
    const matches = goldActors.filter((g) => intersects(keys, g.keys)).map((g) => g.actor);
    if (matches.some((g) => g.type === p.type)) return [];
    const why =
      matches.length > 0
        ? `a ${p.type} where gold has the ${matches[0]!.type} ${matches[0]!.name}`
        : goldPlaces.some((g) => intersects(keys, g))
          ? 'a place'
          : 'no gold actor';
    return [{ name: p.name, type: p.type, why }];
  });
}

// Fields another branch may make optional: read as possibly absent.
const publishedDay = (d: Dossier) => (d.article as { publishedAt?: string }).publishedAt?.slice(0, 10);
const publisherRef = (d: Dossier) => (d.article as { publisher?: string }).publisher;

/** The actor a publisher reference names (by id or name), or a bare name standing for itself. */
function publisherOf(d: Dossier): { name: string; keys: Set<string> } | undefined {
  const ref = publisherRef(d);
  if (ref === undefined) return undefined;
  const actor: ActorEntry | undefined = d.actors.find((a) => a.id === ref) ?? d.actors.find((a) => keysOf(a).has(nameKeys(ref)[0]!));
  return actor ? { name: actor.name, keys: keysOf(actor) } : { name: ref, keys: new Set(nameKeys(ref)) };
}

/**
 * The date and publisher of the article as extracted without being told them (`bare`), and the
 * actors it created (`predicted`, extracted as the quote scores were). Either is undefined when
 * the extraction refused the article (`refusal` says why): nothing of it is then right.
 */
export function checkArticle(gold: Dossier, predicted: Dossier | undefined, bare: Dossier | undefined, refusal?: string): ArticleChecks {
  const junk = predicted ? junkActors(gold, predicted) : [];
  const misses: string[] = refusal ? [`refused: ${refusal}`] : [];
  const goldDay = publishedDay(gold);
  const foundDay = bare ? publishedDay(bare) : undefined;
  const dateRight = bare !== undefined && goldDay === foundDay;
  if (bare && !dateRight) misses.push(`date ${goldDay ?? 'unknown'} found ${foundDay ?? 'unknown'}`);
  const goldPublisher = publisherOf(gold);
  const foundPublisher = bare ? publisherOf(bare) : undefined;
  const publisherRight =
    bare !== undefined && (goldPublisher && foundPublisher ? intersects([...foundPublisher.keys], goldPublisher.keys) : goldPublisher === foundPublisher);
  if (bare && !publisherRight) misses.push(`publisher ${goldPublisher?.name ?? 'unknown'} found ${foundPublisher?.name ?? 'unknown'}`);
  return {
    counts: {
      articles: 1,
      refused: refusal ? 1 : 0,
      actorsCreated: predicted?.actors.length ?? 0,
      junkActors: junk.length,
      dateRight: dateRight ? 1 : 0,
      publisherRight: publisherRight ? 1 : 0,
    },
    junk,
    misses,
  };
}

export const NO_CHECKS: CheckCounts = { articles: 0, refused: 0, actorsCreated: 0, junkActors: 0, dateRight: 0, publisherRight: 0 };

export function addChecks(a: CheckCounts, b: CheckCounts): CheckCounts {
  return {
    articles: a.articles + b.articles,
    refused: a.refused + b.refused,
    actorsCreated: a.actorsCreated + b.actorsCreated,
    junkActors: a.junkActors + b.junkActors,
    dateRight: a.dateRight + b.dateRight,
    publisherRight: a.publisherRight + b.publisherRight,
  };
}

export function checkScores(c: CheckCounts): CheckScores {
  const share = (n: number, d: number, empty: number) => (d === 0 ? empty : n / d);
  return {
    junkShare: share(c.junkActors, c.actorsCreated, 0),
    dateAccuracy: share(c.dateRight, c.articles, 1),
    publisherAccuracy: share(c.publisherRight, c.articles, 1),
    refused: c.refused,
  };
}
