/**
 * The statement stage's own layer: whom the passage is about at each point — the speakers found
 * so far and the subjects of clauses — so that "he", "it", "the statement" and "the
 * spokeswoman" find their actor. It reads the entity layer (registry.ts) and never changes it.
 */
import type { Gender } from './lexicon.js';
import { type Entity, type Mention, mentionStart, type Registry } from './registry.js';
import { countBelow } from './spans.js';

const focusAt = (f: { at: number }) => f.at;

export class Attention {
  /** Speakers and subjects, sorted by offset (equal offsets in the order added). */
  private readonly focus: Array<{ at: number; entity: Entity }> = [];
  /** "the spokeswoman" after "a ministry spokeswoman said": the body she speaks for. */
  private readonly unnamedRoles = new Map<string, Array<{ at: number; entity: Entity }>>();

  constructor(private readonly registry: Registry) {}

  /** Records that `entity` is the one being talked about from `at` on (a speaker, a subject). */
  addFocus(at: number, entity: Entity): void {
    this.focus.splice(countBelow(this.focus, focusAt, at + 1), 0, { at, entity });
  }

  /** The latest speaker or subject recorded before `at` that `accept` takes; of several at one offset, the first recorded. */
  private latestFocus(at: number, accept: (e: Entity) => boolean): { at: number; entity: Entity } | undefined {
    let hit: { at: number; entity: Entity } | undefined;
    for (let i = countBelow(this.focus, focusAt, at) - 1; i >= 0; i--) {
      const f = this.focus[i]!;
      if (hit && f.at < hit.at) break;
      if (accept(f.entity)) hit = f;
    }
    return hit;
  }

  /** The latest speaker before `at` (of any kind): whom "the statement" belongs to. */
  lastSpeaker(at: number): Entity | undefined {
    return this.latestFocus(at, () => true)?.entity;
  }

  rememberUnnamed(noun: string, at: number, entity: Entity): void {
    const list = this.unnamedRoles.get(noun);
    if (list) list.push({ at, entity });
    else this.unnamedRoles.set(noun, [{ at, entity }]);
  }

  unnamed(noun: string, at: number): Entity | undefined {
    return (this.unnamedRoles.get(noun) ?? []).filter((u) => u.at < at).sort((a, b) => b.at - a.at)[0]?.entity;
  }

  /**
   * The latest speaker or subject before `at` that `accept` takes: a speaker before a subject
   * mention at the same offset, and of several at one offset the first recorded.
   */
  private latestEvent(at: number, accept: (e: Entity) => boolean): Entity | undefined {
    const speaker = this.latestFocus(at, accept);
    let subject: Mention | undefined;
    for (let i = countBelow(this.registry.mentions, mentionStart, at) - 1; i >= 0; i--) {
      const m = this.registry.mentions[i]!;
      if ((subject && m.start < subject.start) || (speaker && m.start < speaker.at)) break;
      if (m.subject && !m.inQuote && accept(m.entity)) subject = m;
    }
    return subject && (!speaker || subject.start > speaker.at) ? subject.entity : speaker?.entity;
  }

  /** The person a pronoun at `at` most likely means: the latest subject or speaker of that sex. */
  pronoun(at: number, gender: Gender | 'x'): Entity | undefined {
    const compatible = (e: Entity) => e.type === 'PERSON' && (gender === 'x' || e.gender === undefined || e.gender === 'x' || e.gender === gender);
    const hit = this.latestEvent(at, compatible);
    if (hit) return hit;
    return this.registry.lastMentionBefore(at, (m) => !m.inQuote && compatible(m.entity))?.entity;
  }

  /** What "it" at `at` means: the latest organisation or country that was a subject or speaker. */
  it(at: number, accept: (e: Entity) => boolean = () => true, anywhere = false): Entity | undefined {
    const hit = this.latestEvent(at, (e) => (e.type === 'ORGANIZATION' || e.type === 'COUNTRY') && accept(e));
    if (hit || !anywhere) return hit;
    // Nothing so far: the body of that kind the article names first.
    const mentioned = new Set(this.registry.mentions.map((m) => m.entity));
    return this.registry.entities
      .filter((e) => (e.type === 'ORGANIZATION' || e.type === 'COUNTRY') && accept(e) && mentioned.has(e))
      .sort((a, b) => a.firstAt - b.firstAt)[0];
  }
}
