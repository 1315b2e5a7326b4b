/**
 * Issue 13's sentences as small articles: the right speakers ("Speaking in Berlin, Scholz said",
 * "Blinken said in a statement", "commerce ministry spokesperson He Yadong said … He added",
 * "the White House said"), no junk actors ("N. Korea", "Two leaders", "American strengthened
 * military", "der Leyen", "Jinping", "Berlin (city)") and no fragments stored as statements.
 */
import { describe, expect, it } from 'vitest';
import { parseDossier } from '../../src/dossier/validate.js';
import { extractDossier } from '../../src/extract/index.js';
import { buildPlan } from '../../src/ingest/plan.js';

function extract(...paragraphs: string[]) {
  const result = extractDossier(paragraphs.join('\n\n'), { published: '2024-03-14', publisher: 'Example News', url: 'https://example.test/a' });
  // What ingest does with it: the extracted dossier is never refused.
  buildPlan(parseDossier(result.dossier), []);
  return result;
}

const said = (d: ReturnType<typeof extract>['dossier']) => d.statements.map((s) => [s.speaker, s.text]);
const actor = (d: ReturnType<typeof extract>['dossier'], name: string) => d.actors.find((a) => a.name === name);

describe('issue 13: speakers', () => {
  it('"Speaking in Berlin, Scholz said that …": Scholz speaks; Berlin is a place, never a speaker', () => {
    const { dossier } = extract(
      'Scholz: tariff war would hurt workers',
      'Germany warned the United States on Tuesday.',
      'Speaking in Berlin, Scholz said that a tariff war would hurt German workers, and “nobody wins a trade war.”',
    );
    const speakers = dossier.statements.map((s) => s.speaker);
    expect(speakers).toContain('Scholz');
    expect(speakers).not.toContain('Berlin');
    expect(speakers.some((s) => /berlin/i.test(s))).toBe(false);
    expect(actor(dossier, 'Scholz')?.type).toBe('PERSON');
    expect(dossier.statements.find((s) => s.text.startsWith('a tariff war'))?.speaker).toBe('Scholz');
    expect(dossier.places.map((p) => p.name)).toContain('Berlin');
  });

  it('"Blinken said in a statement": the quote is Blinken\'s, not the United States\'', () => {
    const { dossier } = extract(
      'US condemns launch',
      'The United States condemned the missile launch on Sunday.',
      'Blinken said in a statement that the launch violated UN resolutions. “We call on Pyongyang to refrain from further provocations.”',
    );
    expect(actor(dossier, 'Blinken')?.type).toBe('PERSON');
    expect(dossier.statements.find((s) => s.text.startsWith('We call on'))?.speaker).toBe('Blinken');
  });

  it('"commerce ministry spokesperson He Yadong said … He added": a spokesperson with a role; both quotes are his', () => {
    const { dossier } = extract(
      'China vows countermeasures',
      'China said on Thursday it would take countermeasures.',
      '“We will resolutely safeguard our rights,” commerce ministry spokesperson He Yadong said. He added: “The US should correct its wrong practices.”',
    );
    const he = actor(dossier, 'He Yadong');
    expect(he?.type).toBe('PERSON');
    expect(he?.roles).toEqual([{ title: 'Spokesperson', of: expect.stringMatching(/commerce ministry/i) }]);
    const ministry = dossier.actors.find((a) => a.name === he!.roles[0]!.of)!;
    expect(ministry.type).toBe('ORGANIZATION');
    expect(ministry.name).toMatch(/^Chin/);
    expect(said(dossier).filter(([, t]) => /rights|wrong practices/.test(t!))).toEqual([
      ['He Yadong', 'We will resolutely safeguard our rights'],
      ['He Yadong', 'The US should correct its wrong practices.'],
    ]);
    // A Chinese name puts the family name first: no alias "Yadong".
    expect(he?.aliases).not.toContain('Yadong');
  });

  it('"the White House said in a statement": the organisation White House, part of the US government', () => {
    const { dossier } = extract(
      'US responds to Moscow',
      'Russia expelled two American diplomats on Monday.',
      '“This is unjustified,” the White House said in a statement.',
    );
    expect(dossier.statements[0]?.speaker).toBe('White House');
    expect(actor(dossier, 'White House')).toMatchObject({ type: 'ORGANIZATION', description: 'Part of the government of United States.' });
    expect(actor(dossier, 'United States')?.aliases ?? []).not.toContain('White House');
  });

  it("a wire story keeps the foreign minister's quotes on Lavrov, not on Russia", () => {
    const { dossier } = extract(
      'Russia rejects talks',
      'MOSCOW, March 3 (Reuters) - Foreign Minister Sergei Lavrov said on Monday that Russia would not negotiate under pressure.',
      'Russia has repeatedly rejected Western demands to withdraw its troops.',
      '“We are open to dialogue, but not to ultimatums,” Lavrov said. “Russia will defend its interests.”',
      '“Nobody will dictate terms to Russia,” the minister added.',
    );
    for (const s of dossier.statements.filter((x) => x.kind === 'DIRECT_QUOTE')) expect(s.speaker).toBe('Sergei Lavrov');
    // A quotation with no attribution after a paragraph of the country's stance: still the minister's.
    const wire = extract(
      'Russia rejects talks',
      'MOSCOW, March 3 (Reuters) - Russia will not negotiate under pressure, Foreign Minister Sergei Lavrov said on Monday.',
      'Russia has repeatedly rejected Western demands to withdraw its troops.',
      '“We are open to dialogue, but not to ultimatums.”',
    ).dossier;
    expect(wire.statements.find((s) => s.kind === 'DIRECT_QUOTE')?.speaker).toBe('Sergei Lavrov');
  });

  it('finds a "foreign ministry representative" quote, spoken for the ministry', () => {
    const { dossier } = extract(
      'Moscow responds',
      'Russia summoned the Japanese ambassador on Monday.',
      '“The Japanese side must stop these provocations,” a foreign ministry representative said.',
    );
    const quote = dossier.statements.find((s) => s.text.startsWith('The Japanese side'));
    expect(quote?.speaker).toMatch(/foreign ministry/i);
    expect(actor(dossier, quote!.speaker)?.type).toBe('ORGANIZATION');
  });

  it('pronouns resolve to the nearest compatible person; titles are roles, not parts of names', () => {
    const { dossier } = extract(
      'Ministers meet',
      'Foreign Minister Anna Berg met Finance Minister Mark Stone on Monday.',
      '“We agreed,” she said. “The budget holds,” the finance minister said.',
    );
    expect(said(dossier)).toEqual([
      ['Anna Berg', 'We agreed'],
      ['Mark Stone', 'The budget holds'],
    ]);
    expect(dossier.actors.filter((a) => a.type === 'PERSON').map((a) => a.name)).toEqual(['Anna Berg', 'Mark Stone']);
  });
});

describe('issue 13: no junk actors', () => {
  it('"N. Korea" is North Korea, "Soviet Union" a country, and plural or generic phrases are not organisations', () => {
    const { dossier } = extract(
      'Leaders meet',
      'American strengthened military presence worried Pyongyang, the Foreign Ministry said.',
      'N. Korea fired a missile on Monday. The Soviet Union collapsed in 1991.',
      '“We will talk again,” two leaders said after the meeting. Two countries signed a pact.',
    );
    const names = dossier.actors.map((a) => `${a.type} ${a.name}`);
    expect(names).toContain('COUNTRY North Korea');
    expect(names).toContain('COUNTRY Soviet Union');
    expect(names.some((n) => /N\. Korea|Two leaders|Two countries|strengthened|^ORGANIZATION Foreign Ministry$/i.test(n))).toBe(false);
  });

  it('"the Foreign Ministry" is the ministry of the country the passage is about', () => {
    const { dossier } = extract(
      'Tokyo protests',
      'Japan protested the launch on Tuesday.',
      'The Foreign Ministry said in a statement: “This is a grave violation.”',
    );
    expect(dossier.statements[1]?.speaker).toBe('Japanese Foreign Ministry');
  });

  it('no alias "der Leyen" nor "Jinping": "von der Leyen" is the surname, Chinese names put the family name first', () => {
    const { dossier } = extract(
      'Leaders speak',
      'European Commission President Ursula von der Leyen said: “Europe stands united.”',
      'Chinese President Xi Jinping said: “China wants peace.”',
    );
    expect(actor(dossier, 'Ursula von der Leyen')?.aliases).toContain('von der Leyen');
    expect(actor(dossier, 'Ursula von der Leyen')?.aliases).not.toContain('der Leyen');
    expect(actor(dossier, 'Xi Jinping')?.aliases).not.toContain('Jinping');
    expect(actor(dossier, 'Xi Jinping')?.aliases).toContain('Xi');
  });

  it('a plural that speaks is not a surname, and a body in a title is the one already named', () => {
    const { dossier } = extract(
      'Steel',
      'The European Commission said on Tuesday it would act. Prosecutors said the case was closed.',
      '“We will respond,” Commission spokeswoman Ines Karlsson said.',
    );
    expect(dossier.actors.find((a) => a.name === 'Prosecutors')?.type).not.toBe('PERSON');
    expect(actor(dossier, 'Ines Karlsson')?.roles).toEqual([{ title: 'Spokeswoman', of: 'European Commission' }]);
    expect(dossier.actors.map((a) => a.name)).not.toContain('Commission');
  });

  it('places are captioned by name, not "Berlin (city)"', () => {
    const { dossier } = extract('Summit', 'Chancellor Olaf Scholz arrived in Berlin on Monday. “We are ready,” he said.');
    expect(dossier.places.map((p) => p.name)).toEqual(['Berlin']);
  });

  it('fragments are never statements: "100 percent", "all options", "At a joint news conference following the meeting"', () => {
    const { dossier } = extract(
      'Trump threatens',
      'President Donald Trump said tariffs could reach “100 percent.” He said “all options” remained on the table.',
      'At a joint news conference following the meeting, Trump said the talks had gone well.',
    );
    const texts = dossier.statements.map((s) => s.text);
    expect(texts.some((t) => /^(?:100 percent|all options)/.test(t))).toBe(false);
    expect(texts.some((t) => /joint news conference/.test(t))).toBe(false);
    expect(texts).toContain('the talks had gone well');
  });
});

describe('issue 13: mentions before entities', () => {
  it('keeps names whose type or identity is not clear as mentions with their spans, each a review item', () => {
    const { dossier, report } = extract(
      'Leaders meet',
      'American strengthened military presence worried Pyongyang, the Foreign Ministry said.',
      '“We will talk again and again,” two leaders said after the meeting.',
    );
    expect(dossier.mentions).toEqual([
      expect.objectContaining({ text: 'Foreign Ministry', guess: 'ORGANIZATION' }),
      expect.objectContaining({ text: 'two leaders', guess: 'GROUP' }),
    ]);
    for (const m of dossier.mentions) expect(dossier.article.text.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(report.review.filter((r) => r.path.startsWith('mentions['))).toHaveLength(2);
    // Neither is an actor.
    expect(dossier.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(['Foreign Ministry']));
    expect(dossier.actors.some((a) => /two leaders/i.test(a.name))).toBe(false);
  });

  it('refuses a mention whose text is not what its span holds', () => {
    const { dossier } = extract('Leaders meet', 'The Foreign Ministry said the talks went well.');
    const start = dossier.article.text.indexOf('Foreign Ministry');
    const span = { start, end: start + 'Foreign Ministry'.length };
    expect(() => parseDossier({ ...dossier, mentions: [{ text: 'Foreign Office', span, reason: 'test' }] })).toThrow(/mentions\[0\]\.span/);
    expect(parseDossier({ ...dossier, mentions: [{ text: 'Foreign Ministry', span, reason: 'test' }] }).mentions[0]!.guess).toBe('UNKNOWN');
  });
});
