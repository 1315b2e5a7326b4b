/**
 * Entities whose part in the article is not clear become mentions, not actors: a country the
 * article names only in passing — as an adjective ("Danish rival", "Soviet troops"), as where
 * something is ("in Canada", "Santiago, Chile", "(France)") or as a modifier of another name
 * ("US dollars", "U.K. economist", "U.S. District Judge") — and never as a party that acts, is
 * acted on, or has people of its own ("Japan's foreign minister"). The registry keeps each such
 * name with its reason (registry.ts `demote`), for a reviewer to promote.
 */
import { LOCATIVE, MOVEMENT } from './gazetteer-names.js';
import { wordTags } from './lexicon.js';
import type { Entity, Mention, Registry } from './registry.js';

/** Words after which a country is where something happens, not who does it. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|outside|inside|across|around|into|within|throughout|via|from|to|for|bound for)\s+(?:the\s+)?$/iu;
/** Nouns a country name qualifies without acting: money and measures. */
const QUALIFIED = /^\s*(?:\$|dollars?\b|cents?\b|\p{Lu})/u;
/** A lower-case word after a country name that makes it an adjective: a noun, not a verb. */
const VERBISH =
  /^(?:and|or|but|nor|that|which|who|has|have|had|is|was|were|are|be|been|will|would|could|should|may|might|must|can|did|does|do|also|not|still|then|now|on|in|at|with|by|of|as|to|for|from|over|against|itself|alone|too|said|say|told|tell|wrote|spoke|sent|took|gave|made|met|saw|thought|knew|left|led|won|lost|held|paid|put|set|hit|cut|let|ran|sought|brought|bought|began|became|came|went|got|kept|struck|fought)$/;

/** A state's official or organ after its name or adjective: "Swedish prime minister", "US officials", "a Seoul court". */
const STATE_ROLE_AFTER =
  /^(?:\s+[\p{Ll}-]+){0,2}?\s+(?:president|minister|premier|chancellor|ambassador|envoy|diplomats?|officials?|government|king|queen|leader|spokes(?:man|woman|person)|counterpart|courts?|police|prosecutors?|authorities|parliament|ministry|regime|leadership|administration|cabinet|legislature)\b/u;

/** The titles of those who act for a state (a "correspondent" or a "rival" of it does not). */
const STATE_TITLE =
  /\b(?:president|minister|premier|chancellor|ambassador|envoy|diplomat|official|government|king|queen|prince|leader|spokes(?:man|woman|person)|secretary|governor|senator|mp|lawmaker|general|commander|judge|prosecutor|consul)\b/i;

/** How a country mention names it: in passing (adjective, place, modifier), or as a party. */
export function inPassing(text: string, m: Mention): boolean {
  // "the visiting Swedish prime minister": the state's own official acts.
  if (STATE_ROLE_AFTER.test(text.slice(m.end, m.end + 40))) return false;
  if (m.how === 'demonym') return true;
  // A capital stands for its government only where it acts: "his London club", "the Paris Agreement" are not.
  if (m.how !== 'name' && m.how !== 'short' && m.how !== 'capital') return false;
  if (m.possessive) return false;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 30);
  // "in Canada", "bound for Germany"; "talks with Russia" is a party.
  if (PLACE_BEFORE.test(before) && (!/\b(?:to|for)\s+(?:the\s+)?$/i.test(before) || /\bbound\s+for\s+$/i.test(before) || movementBefore(before))) return true;
  // "Santiago, Chile", "Valmont-sur-Lys (France)": where a place is.
  if (/\p{Lu}[\p{L}.-]*,\s*$/u.test(before) || (/\(\s*$/.test(before) && /^\s*\)/.test(after))) return true;
  // "US dollars", "US$", "U.S. District Judge": the name qualifies another.
  if (QUALIFIED.test(after) && /^[\s$]/.test(after.slice(0, 1))) return true;
  // "US consortium", "U.K. economist": followed by a noun it qualifies.
  const next = /^\s([\p{Ll}-]+)\b/u.exec(after);
  if (next && !VERBISH.test(next[1]!) && !/(?:ed|s)$/.test(next[1]!) && !verbOnly(next[1]!)) return true;
  return false;
}

/** A word compromise knows only as a finite verb ("said", "hopes"), not also as a noun; "club" is no verb here. */
const verbOnly = (word: string) => {
  const tags = wordTags(word);
  return tags.length > 0 && tags.every((t) => /^(?:PastTense|PresentTense)$/.test(t));
};

const movementBefore = (before: string) => {
  const words = before.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return MOVEMENT.has(words.at(-2) ?? '') || LOCATIVE.has(words.at(-2) ?? '');
};

/**
 * Whether someone of the article acts for this state: a person holding a title of it ("Japan's
 * foreign minister") or a body of its government ("Ukraine's foreign ministry", "the White
 * House"); a trade association or an army of it does not make it a party.
 */
function hasOwnPeople(registry: Registry, e: Entity): boolean {
  return registry.entities.some((o) => o.titles.some((t) => t.of === e && STATE_TITLE.test(t.title)) || (o.parent === e && o.kind === 'government body'));
}

/** Countries named only in passing, or only inside another's name: demoted to mentions (the registry keeps why). */
export function demotePassingCountries(registry: Registry, text: string): void {
  for (const e of [...registry.entities]) {
    if (e.type !== 'COUNTRY') continue;
    const mentions = registry.mentions.filter((m) => m.entity === e);
    // No mention of its own: named only inside another's name ("German Steel Association").
    if (!mentions.every((m) => inPassing(text, m))) continue;
    if (hasOwnPeople(registry, e)) continue;
    registry.demote(e, 'COUNTRY', 'a country named only in passing: as an adjective, a place or a modifier');
  }
}

/**
 * Organisations named only inside a longer name ("UN" in "UN Security Council"), with nobody
 * of theirs in the article: demoted to mentions. ("WTO rules" is the WTO's: a body before a
 * noun stays a body.)
 */
export function demotePassingBodies(registry: Registry, text: string): void {
  for (const e of [...registry.entities]) {
    if (e.type !== 'ORGANIZATION') continue;
    const mentions = registry.mentions.filter((m) => m.entity === e);
    if (mentions.length === 0) continue;
    // Covered by another's mention, or its first word(s): "UN" before "Security Council" named "UN Security Council".
    const surface = (m: Mention) => text.slice(m.start, m.end).replace(/^the\s+/i, '');
    const nested = (m: Mention) =>
      registry.mentions.some(
        (o) =>
          o.entity !== e &&
          ((o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start) ||
            (o.start === m.end + 1 && o.entity.name.startsWith(`${surface(m)} `))),
      );
    if (!mentions.every(nested)) continue;
    if (registry.entities.some((o) => o.titles.some((t) => t.of === e))) continue;
    registry.demote(e, 'ORGANIZATION', 'a body named only inside another name');
  }
}
