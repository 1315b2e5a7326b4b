/**
 * Parsing a dossier: the zod shape first, then the rules that span several fields (spans match
 * the article text, handles and ids are unique, ids carry their type's prefix, only people hold
 * roles). Every problem is reported at once, each with its JSON path; nothing here touches the graph.
 */
import { Dossier } from './schema.js';
import { DossierError, formatPath, type DossierIssue } from './errors.js';
import { ID_PREFIX, typeOfEntry, typeOfId, type NodeTypeName } from './ids.js';
import { ENTITY_SECTIONS } from '../model/registry.js';

export function parseDossier(input: unknown): Dossier {
  const parsed = Dossier.safeParse(input);
  if (!parsed.success) {
    throw new DossierError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
  }
  const issues = crossFieldIssues(parsed.data);
  if (issues.length > 0) throw new DossierError(issues);
  return parsed.data;
}

function crossFieldIssues(d: Dossier): DossierIssue[] {
  const issues: DossierIssue[] = [];
  malformedStrings(d, [], issues);
  const text = d.article.text;

  d.statements.forEach((s, i) => {
    const { start, end } = s.span;
    if (end > text.length) {
      issues.push({ path: `statements[${i}].span.end`, message: `is past the end of the article text (${text.length} characters)` });
    } else if (text.slice(start, end) !== s.text) {
      issues.push({
        path: `statements[${i}].span`,
        message: `article text at ${start}..${end} is ${JSON.stringify(preview(text.slice(start, end)))}, not the statement text ${JSON.stringify(preview(s.text))}`,
      });
    }
    const inText = (path: string, span: { end: number } | undefined) => {
      if (span && span.end > text.length) issues.push({ path: `${path}.end`, message: `is past the end of the article text (${text.length} characters)` });
    };
    inText(`statements[${i}].attribution.span`, s.attribution?.span);
    s.mentions.forEach((m, j) => {
      inText(`statements[${i}].mentions[${j}].span`, m.span);
    });
    for (const [field, refs] of [
      ['relays', s.relays],
      ['respondsTo', s.respondsTo],
    ] as const) {
      refs.forEach((ref, j) => {
        if (ref === s.ref) issues.push({ path: `statements[${i}].${field}[${j}]`, message: 'a statement cannot point at itself' });
      });
    }
  });

  d.mentions.forEach((m, i) => {
    const { start, end } = m.span;
    if (end > text.length) {
      issues.push({ path: `mentions[${i}].span.end`, message: `is past the end of the article text (${text.length} characters)` });
    } else if (text.slice(start, end) !== m.text) {
      issues.push({
        path: `mentions[${i}].span`,
        message: `article text at ${start}..${end} is ${JSON.stringify(preview(text.slice(start, end)))}, not the mention text ${JSON.stringify(preview(m.text))}`,
      });
    }
  });
  // A mention's id is a hash of its article and span too.
  duplicates(
    d.mentions.map((m) => `${m.span.start}-${m.span.end}`),
    (i) => issues.push({ path: `mentions[${i}].span`, message: 'another mention has the same span' }),
  );

  duplicates(
    d.statements.map((s) => s.ref.toLowerCase()),
    (i, v) => issues.push({ path: `statements[${i}].ref`, message: `duplicate handle "${v}"` }),
  );
  // A statement's id is a hash of its article and span: one span, one statement.
  duplicates(
    d.statements.map((s) => `${s.span.start}-${s.span.end}`),
    (i) => issues.push({ path: `statements[${i}].span`, message: 'another statement has the same span' }),
  );
  for (const section of ENTITY_SECTIONS) {
    const ids = d[section].map((e) => e.id);
    duplicates(ids, (i, v) => v !== undefined && issues.push({ path: `${section}[${i}].id`, message: `duplicate id "${v}"` }));
  }
  typedIds(d, issues);
  d.actors.forEach((a, i) => {
    if (a.type !== 'PERSON' && a.roles.length > 0) {
      issues.push({ path: `actors[${i}].roles`, message: `only people hold roles; "${a.name}" is a ${a.type.toLowerCase()}` });
    }
  });
  return issues;
}

/**
 * An explicit id must carry its own type's prefix: the prefix is how an id tells its type (a
 * reference by id, `node(id:)`), so a Person with a place's id would capture the mentions of
 * that place. With typed ids two types can never share an id.
 */
function typedIds(d: Dossier, issues: DossierIssue[]): void {
  const check = (path: string, id: string | undefined, type: NodeTypeName) => {
    const prefix = `${ID_PREFIX[type]}:`;
    if (id === undefined || id.startsWith(prefix)) return;
    const named = typeOfId(id);
    issues.push({
      path,
      message: `must start with "${prefix}" (the prefix of a ${type}'s id), not "${id.slice(0, id.indexOf(':') + 1)}"${named ? ` (a ${named}'s)` : ''}`,
    });
  };
  check('article.id', d.article.id, 'Article');
  for (const section of ENTITY_SECTIONS) {
    d[section].forEach((e, i) => {
      check(`${section}[${i}].id`, e.id, typeOfEntry(section, e));
    });
  }
}

/** An unpaired UTF-16 surrogate: with the `u` flag a well-formed pair is one code point and does not match. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Strings that are not well-formed Unicode would be stored with U+FFFD in their place: refuse them rather than alter them. */
function malformedStrings(value: unknown, path: Array<string | number>, issues: DossierIssue[]): void {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) issues.push({ path: formatPath(path), message: 'is not well-formed Unicode (an unpaired surrogate)' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      malformedStrings(v, [...path, i], issues);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) malformedStrings(v, [...path, k], issues);
  }
}

function duplicates<T>(values: T[], report: (index: number, value: T) => void): void {
  const seen = new Set<T>();
  values.forEach((v, i) => {
    if (v !== undefined && seen.has(v)) report(i, v);
    seen.add(v);
  });
}

function preview(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
