/**
 * The last stage: the extractor checks its own dossier as ingest will, and never refuses its own
 * article. It runs the dossier validation (and checks that every speaker and role names an actor
 * of the dossier), maps each problem to the statement, actor, place or mention it is in, drops
 * that entry — an actor or place becomes a mention, with what referred to it — and validates
 * again. Each drop is a review item saying what was dropped and why.
 */
import { DossierError, type DossierIssue } from '../dossier/errors.js';
import { nameKey } from '../dossier/names.js';
import type { Dossier } from '../dossier/schema.js';
import { parseDossier } from '../dossier/validate.js';

export interface ReviewItem {
  path: string;
  reason: string;
  confidence: number;
}

/** Enough rounds for a drop that uncovers another problem (an actor, then its statements). */
const MAX_ROUNDS = 5;

type Section = 'statements' | 'actors' | 'places' | 'mentions';
const ENTRY = /^(statements|actors|places|mentions)\[(\d+)\]/;

/**
 * The dossier with every entry that fails validation dropped, the indexes of the statements that
 * remain (in the draft's order, so callers keep what they hold per statement), and what was dropped.
 */
export function checkDossier(draft: Dossier): { dossier: Dossier; kept: number[]; review: ReviewItem[] } {
  const review: ReviewItem[] = [];
  let current = draft;
  let kept = draft.statements.map((_, i) => i);
  for (let round = 0; ; round++) {
    const validated = validate(current);
    const issues = [...(validated.issues ?? []), ...referenceIssues(current)];
    if (issues.length === 0 && validated.dossier) return { dossier: validated.dossier, kept, review };
    const drop: Record<Section, Map<number, string>> = { statements: new Map(), actors: new Map(), places: new Map(), mentions: new Map() };
    for (const issue of issues) {
      const m = ENTRY.exec(issue.path);
      // A problem of the article itself is not the extractor's to repair: refused as before.
      if (!m || round >= MAX_ROUNDS) throw new DossierError(issues);
      const at = drop[m[1] as Section];
      if (!at.has(Number(m[2]))) at.set(Number(m[2]), `${issue.path}: ${issue.message}`);
    }
    const next = dropEntries(current, drop, review);
    kept = kept.filter((_, i) => !drop.statements.has(i) && !next.alsoDropped.has(i));
    current = next.dossier;
  }
}

function validate(d: Dossier): { dossier?: Dossier; issues?: DossierIssue[] } {
  try {
    return { dossier: parseDossier(d) };
  } catch (e) {
    if (e instanceof DossierError) return { issues: e.issues };
    throw e;
  }
}

/** What ingest would refuse and validation does not see: a speaker or a role's body that no actor of the dossier is called. */
function referenceIssues(d: Dossier): DossierIssue[] {
  const actors = new Map<string, Dossier['actors'][number]>();
  for (const a of d.actors) for (const k of [a.name, ...a.aliases, ...(a.id ? [a.id] : [])]) actors.set(nameKey(k), a);
  const places = new Set(d.places.flatMap((p) => [p.name, ...p.aliases, ...(p.id ? [p.id] : [])].map(nameKey)));
  const issues: DossierIssue[] = [];
  d.statements.forEach((s, i) => {
    if (!actors.has(nameKey(s.speaker)))
      issues.push({
        path: `statements[${i}].speaker`,
        message: places.has(nameKey(s.speaker)) ? 'a place is never a speaker' : 'names no actor of the dossier',
      });
  });
  d.actors.forEach((a, i) => {
    a.roles.forEach((r, j) => {
      const body = actors.get(nameKey(r.of));
      if (!body || body.type === 'PERSON') issues.push({ path: `actors[${i}].roles[${j}].of`, message: 'names no country or organisation of the dossier' });
    });
  });
  return issues;
}

/** Drops the entries named, and what refers to a dropped actor or place; returns the statement indexes dropped with an actor. */
function dropEntries(d: Dossier, drop: Record<Section, Map<number, string>>, review: ReviewItem[]): { dossier: Dossier; alsoDropped: Set<number> } {
  const text = d.article.text;
  const goneNames = new Set<string>();
  const mentions = d.mentions.filter((m, i) => {
    const why = drop.mentions.get(i);
    if (why) review.push({ path: `mentions[${i}]`, reason: `mention "${m.text}" dropped: ${why}`, confidence: 0 });
    return !why;
  });
  const demote = (name: string, aliases: string[], guess: Dossier['mentions'][number]['guess'], why: string, path: string) => {
    for (const k of [name, ...aliases]) goneNames.add(nameKey(k));
    const at = text.indexOf(name);
    if (at >= 0 && !mentions.some((m) => m.span.start === at)) {
      mentions.push({ text: name, span: { start: at, end: at + name.length }, guess, reason: `not an actor: ${why}`.slice(0, 200) });
    }
    review.push({ path, reason: `"${name}" made a mention, not an entry: ${why}`, confidence: 0 });
  };
  // An actor whose only problem is a role loses the role, not itself.
  const actors = d.actors.flatMap((a, i) => {
    const why = drop.actors.get(i);
    if (!why) return [a];
    if (/\.roles\[\d+\]/.test(why)) {
      review.push({ path: `actors[${i}]`, reason: `role dropped from "${a.name}": ${why}`, confidence: 0 });
      return [
        {
          ...a,
          roles: a.roles.filter((r) =>
            d.actors.some((b) => b !== a && b.type !== 'PERSON' && [b.name, ...b.aliases].some((n) => nameKey(n) === nameKey(r.of))),
          ),
        },
      ];
    }
    demote(a.name, a.aliases, a.type === 'ORGANIZATION' ? 'ORGANIZATION' : a.type, why, `actors[${i}]`);
    return [];
  });
  const places = d.places.filter((p, i) => {
    const why = drop.places.get(i);
    if (why) demote(p.name, p.aliases, 'UNKNOWN', why, `places[${i}]`);
    return !why;
  });
  const alsoDropped = new Set<number>();
  const droppedRefs = new Set<string>();
  const statements = d.statements.filter((s, i) => {
    const why = drop.statements.get(i) ?? (goneNames.has(nameKey(s.speaker)) ? `its speaker "${s.speaker}" is no longer an actor` : undefined);
    if (!why) return true;
    if (!drop.statements.has(i)) alsoDropped.add(i);
    droppedRefs.add(nameKey(s.ref));
    const words = text.slice(s.span.start, s.span.end);
    review.push({
      path: `article.text[${s.span.start}..${s.span.end}]`,
      reason: `statement dropped (${why}): "${words.length > 60 ? `${words.slice(0, 57)}...` : words}"`,
      confidence: 0,
    });
    return false;
  });
  const live = (ref: string) => !droppedRefs.has(nameKey(ref));
  return {
    dossier: {
      ...d,
      actors: actors.map((a) => ({ ...a, roles: a.roles.filter((r) => !goneNames.has(nameKey(r.of))) })),
      places: places.map((p) => ({
        ...p,
        claimedBy: p.claimedBy.filter((c) => !goneNames.has(nameKey(c))),
        controlledBy: p.controlledBy.filter((c) => !goneNames.has(nameKey(c))),
      })),
      statements: statements.map((s) => ({
        ...s,
        mentions: s.mentions.filter((m) => !goneNames.has(nameKey(m.target))),
        relays: s.relays.filter(live),
        respondsTo: s.respondsTo.filter(live),
      })),
      mentions: mentions.sort((a, b) => a.span.start - b.span.start),
    },
    alsoDropped,
  };
}
