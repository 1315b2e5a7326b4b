/** The detail panel: a statement with its source span highlighted, an actor with its stances, anything else briefly. */
import { gql, isActorType, type NodeType } from './api.js';
import { httpHref } from '../dossier/urls.js';
import { h } from './dom.js';
import { NODE_STYLE } from './styles.js';

export interface DetailActions {
  open(id: string): void;
  expand(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
}

interface StatementRef {
  id: string;
  text: string | null;
  when: string | null;
  speaker: { id: string; name: string | null } | null;
}
const STATEMENT_REF = 'id text when speaker { id name }';

interface StatementDetail extends StatementRef {
  kind: string | null;
  datePrecision: string | null;
  saidOn: string | null;
  interpreted: boolean | null;
  confidence: number | null;
  topics: Array<{ stance: string | null; topic: { id: string; name: string } | null }> | null;
  relays: StatementRef[] | null;
  relayedBy: StatementRef[] | null;
  respondsTo: StatementRef[] | null;
  responses: StatementRef[] | null;
  span: { start: number | null; end: number | null; paragraph: number | null } | null;
  attribution: { cue: string | null } | null;
  event: { id: string; name: string | null } | null;
  article: {
    id: string;
    headline: string | null;
    url: string | null;
    text: string | null;
    publishedAt: string | null;
    publisher: { name: string | null } | null;
  } | null;
}

const STATEMENT_QUERY = `query ExplorerStatement($id: ID!) { statement(id: $id) {
  ${STATEMENT_REF} kind datePrecision saidOn interpreted confidence
  topics { stance topic { id name } }
  relays { ${STATEMENT_REF} } relayedBy { ${STATEMENT_REF} } respondsTo { ${STATEMENT_REF} } responses { ${STATEMENT_REF} }
  span { start end paragraph } attribution { cue } event { id name }
  article { id headline url text publishedAt publisher { name } }
} }`;

interface StanceRow {
  actor?: { id: string; name: string | null } | null;
  topic?: { id: string; name: string | null } | null;
  support: number;
  oppose: number;
  concern: number;
  neutral: number;
  total: number;
}

const ACTOR_QUERY = `query ExplorerActor($id: ID!) {
  actor(id: $id) {
    __typename id name aliases description
    ... on Person { roles { title from to of { id name } } }
    ... on Organization { kind }
    statements(first: 1) { totalCount }
    mentionedIn(first: 1) { totalCount }
  }
  stanceMatrix(actors: [$id]) { topic { id name } support oppose concern neutral total }
}`;

const TOPIC_QUERY = `query ExplorerTopic($id: ID!) {
  topic(id: $id) { id name description parent { id name } subtopics { id name } statements(first: 1) { totalCount } }
  stanceMatrix(topics: [$id]) { actor { id name } support oppose concern neutral total }
}`;

const NODE_QUERY = `query ExplorerAny($id: ID!) { node(id: $id) {
  __typename id
  ... on Article { headline url publishedAt publisher { id name } }
  ... on Place { name kind aliases description partOf { id name } }
  ... on Event { name kind date datePrecision description place { id name } }
  ... on Claim { text }
  ... on Mention { text guess reason actor { id name } }
} }`;

const PRECISION: Record<string, string> = { DAY: 'known to the day', MONTH: 'known to the month', YEAR: 'known to the year' };

/** A link to a source, only for an http(s) URL: anything else a graph holds (javascript:, data:) is shown as text. */
function sourceLink(url: string | null, text: string, attrs: Record<string, string> = {}): HTMLElement | string {
  const href = httpHref(url);
  return href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', ...attrs }, text) : text;
}

function kv(pairs: Array<[string, Node | string | null | undefined]>): HTMLElement {
  return h(
    'dl',
    { class: 'kv' },
    pairs.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v!)]),
  );
}

function stanceBadge(stance: string | null): HTMLElement | null {
  return stance ? h('span', { class: `stance ${stance}` }, stance) : null;
}

function refList(title: string, refs: StatementRef[] | null, actions: DetailActions, testId: string): HTMLElement | null {
  if (!refs?.length) return null;
  return h(
    'section',
    { 'data-testid': testId },
    h('h4', {}, title),
    h(
      'ul',
      {},
      refs.map((r) =>
        h(
          'li',
          {},
          h(
            'button',
            { class: 'linkish', type: 'button', onclick: () => actions.open(r.id) },
            `${r.speaker?.name ?? '?'}: “${(r.text ?? '').slice(0, 90)}${(r.text?.length ?? 0) > 90 ? '…' : ''}”`,
          ),
          r.when ? ` (${r.when})` : '',
        ),
      ),
    ),
  );
}

function commonActions(id: string, actions: DetailActions): HTMLElement {
  return h(
    'div',
    { class: 'actions' },
    h('button', { type: 'button', onclick: () => actions.expand(id) }, 'Expand'),
    h('button', { type: 'button', 'data-testid': 'path-from-here', onclick: () => actions.pathFrom(id) }, 'Path from here'),
    h('button', { type: 'button', 'data-testid': 'path-to-here', onclick: () => actions.pathTo(id) }, 'Path to here'),
  );
}

function stanceTable(rows: StanceRow[], by: 'topic' | 'actor', actions: DetailActions): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'muted' }, 'No statements with a stance.');
  return h(
    'table',
    { 'data-testid': 'stance-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, by === 'topic' ? 'Topic' : 'Actor'),
        h('th', {}, 'Sup.'),
        h('th', {}, 'Opp.'),
        h('th', {}, 'Con.'),
        h('th', {}, 'Neu.'),
        h('th', {}, 'All'),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) => {
        const who = by === 'topic' ? r.topic : r.actor;
        return h(
          'tr',
          {},
          h('td', {}, who ? h('button', { class: 'linkish', type: 'button', onclick: () => actions.open(who.id) }, who.name ?? who.id) : '?'),
          h('td', {}, r.support),
          h('td', {}, r.oppose),
          h('td', {}, r.concern),
          h('td', {}, r.neutral),
          h('td', {}, r.total),
        );
      }),
    ),
  );
}

/** The article text with the statement's span in a <mark>, scrolled into view. */
function articleWithSpan(text: string, span: StatementDetail['span']): HTMLElement {
  const box = h('div', { class: 'article-text', 'data-testid': 'article-text' });
  if (span && span.start !== null && span.end !== null && span.start >= 0 && span.end <= text.length && span.start < span.end) {
    box.append(text.slice(0, span.start), h('mark', { 'data-testid': 'span' }, text.slice(span.start, span.end)), text.slice(span.end));
  } else {
    box.append(text);
  }
  return box;
}

/** What each kind of detail view gets: where to draw, the node's id, its header and the page's actions. */
interface View {
  panel: HTMLElement;
  id: string;
  header: (title: string) => HTMLElement;
  actions: DetailActions;
}

export async function renderDetail(panel: HTMLElement, id: string, type: NodeType, actions: DetailActions): Promise<void> {
  panel.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  const header = (title: string) =>
    h(
      'header',
      {},
      h('span', { class: 'stance', style: `background:${NODE_STYLE[type].color}` }, NODE_STYLE[type].name),
      h('h3', { 'data-testid': 'detail-title' }, title),
      h('code', { class: 'muted' }, id),
    );
  const view: View = { panel, id, header, actions };
  if (type === 'STATEMENT') return renderStatement(view);
  if (isActorType(type)) return renderActor(view);
  if (type === 'TOPIC') return renderTopic(view);
  return renderAnyNode(view);
}

/** A statement: its text, speaker, date, topics, claims and the span highlighted in its article. */
async function renderStatement({ panel, id, header, actions }: View): Promise<void> {
  const { statement: s } = await gql<{ statement: StatementDetail | null }>(STATEMENT_QUERY, { id });
  if (!s) throw new Error(`No statement with id ${id}.`);
  const parts: Array<HTMLElement | null> = [
    header(s.kind === 'DIRECT_QUOTE' ? 'Direct quote' : s.kind === 'INDIRECT' ? 'Reported statement' : 'Paraphrase'),
    h('blockquote', { 'data-testid': 'statement-text' }, s.text ?? ''),
    kv([
      [
        'Speaker',
        s.speaker
          ? h(
              'button',
              { class: 'linkish', type: 'button', 'data-testid': 'speaker', onclick: () => actions.open(s.speaker!.id) },
              s.speaker.name ?? s.speaker.id,
            )
          : null,
      ],
      ['Kind', s.kind],
      [
        'Date',
        s.when
          ? h(
              'span',
              { 'data-testid': 'date' },
              s.when,
              h('span', { class: 'muted' }, ` (${PRECISION[s.datePrecision ?? ''] ?? s.datePrecision ?? 'precision unknown'})`),
            )
          : 'unknown',
      ],
      ['Interpreted', s.interpreted ? 'yes, through an interpreter' : null],
      ['Confidence', s.confidence !== null ? String(s.confidence) : null],
      ['Cue', s.attribution?.cue ?? null],
      ['Event', s.event ? h('button', { class: 'linkish', type: 'button', onclick: () => actions.open(s.event!.id) }, s.event.name ?? s.event.id) : null],
      [
        'Topics',
        s.topics?.length
          ? h(
              'ul',
              { 'data-testid': 'topics' },
              s.topics.map((t) =>
                h(
                  'li',
                  {},
                  t.topic ? h('button', { class: 'linkish', type: 'button', onclick: () => actions.open(t.topic!.id) }, t.topic.name) : '?',
                  ' ',
                  stanceBadge(t.stance),
                ),
              ),
            )
          : null,
      ],
    ]),
    commonActions(id, actions),
    refList('Relays (reported speech)', s.relays, actions, 'relays'),
    refList('Relayed by', s.relayedBy, actions, 'relayed-by'),
    refList('Responds to', s.respondsTo, actions, 'responds-to'),
    refList('Responses', s.responses, actions, 'responses'),
  ];
  if (s.article) {
    const a = s.article;
    parts.push(
      h('h4', {}, 'Source'),
      h(
        'p',
        {},
        sourceLink(a.url, a.headline ?? a.url ?? a.id, { 'data-testid': 'article-link' }),
        h('span', { class: 'muted' }, ` — ${a.publisher?.name ?? 'unknown publisher'}, ${a.publishedAt ?? 'date unknown'}`),
      ),
      articleWithSpan(a.text ?? '', s.span),
    );
  }
  panel.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  // Scroll the article box (not the panel) so that the highlighted span is in view.
  const mark = panel.querySelector<HTMLElement>('[data-testid=article-text] mark');
  const box = mark?.parentElement;
  if (mark && box) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
}

/** An actor: names, roles, statement counts and its stances by topic. */
async function renderActor({ panel, id, header, actions }: View): Promise<void> {
  type Actor = {
    __typename: string;
    id: string;
    name: string | null;
    aliases: string[] | null;
    description: string | null;
    kind?: string | null;
    roles?: Array<{ title: string | null; from: string | null; to: string | null; of: { id: string; name: string | null } | null }> | null;
    statements: { totalCount: number } | null;
    mentionedIn: { totalCount: number } | null;
  };
  const data = await gql<{ actor: Actor | null; stanceMatrix: StanceRow[] | null }>(ACTOR_QUERY, { id });
  const a = data.actor;
  if (!a) throw new Error(`No actor with id ${id}.`);
  panel.replaceChildren(
    header(a.name ?? id),
    kv([
      ['Description', a.description],
      ['Aliases', a.aliases?.length ? a.aliases.join(', ') : null],
      ['Kind', a.kind ?? null],
      [
        'Roles',
        a.roles?.length
          ? h(
              'ul',
              { 'data-testid': 'roles' },
              a.roles.map((r) =>
                h('li', {}, `${r.title ?? 'role'}`, r.of ? ` of ${r.of.name ?? r.of.id}` : '', r.from || r.to ? ` (${r.from ?? '?'}–${r.to ?? ''})` : ''),
              ),
            )
          : null,
      ],
      ['Said', `${String(a.statements?.totalCount ?? 0)} statements`],
      ['Mentioned', `${String(a.mentionedIn?.totalCount ?? 0)} statements`],
    ]),
    commonActions(id, actions),
    h('h4', {}, 'Statements by topic and stance'),
    stanceTable(data.stanceMatrix ?? [], 'topic', actions),
  );
}

/** A topic: its place in the hierarchy and who stands where on it. */
async function renderTopic({ panel, id, header, actions }: View): Promise<void> {
  type Topic = {
    id: string;
    name: string | null;
    description: string | null;
    parent: { id: string; name: string | null } | null;
    subtopics: Array<{ id: string; name: string | null }> | null;
    statements: { totalCount: number } | null;
  };
  const data = await gql<{ topic: Topic | null; stanceMatrix: StanceRow[] | null }>(TOPIC_QUERY, { id });
  const t = data.topic;
  if (!t) throw new Error(`No topic with id ${id}.`);
  panel.replaceChildren(
    header(t.name ?? id),
    kv([
      ['Description', t.description],
      ['Broader', t.parent ? h('button', { class: 'linkish', type: 'button', onclick: () => actions.open(t.parent!.id) }, t.parent.name ?? t.parent.id) : null],
      ['Narrower', t.subtopics?.length ? h('span', {}, t.subtopics.map((s) => s.name).join(', ')) : null],
      ['Statements', String(t.statements?.totalCount ?? 0)],
    ]),
    commonActions(id, actions),
    h('h4', {}, 'Who stands where'),
    stanceTable(data.stanceMatrix ?? [], 'actor', actions),
  );
}

/** Any other node (article, place, event, claim, mention): its fields as a table. */
async function renderAnyNode({ panel, id, header, actions }: View): Promise<void> {
  type AnyNode = {
    __typename: string;
    headline?: string | null;
    url?: string | null;
    publishedAt?: string | null;
    publisher?: { id: string; name: string | null } | null;
    name?: string | null;
    kind?: string | null;
    aliases?: string[] | null;
    description?: string | null;
    date?: string | null;
    datePrecision?: string | null;
    text?: string | null;
    partOf?: { id: string; name: string | null } | null;
    place?: { id: string; name: string | null } | null;
    guess?: string | null;
    reason?: string | null;
    actor?: { id: string; name: string | null } | null;
  };
  const { node: n } = await gql<{ node: AnyNode | null }>(NODE_QUERY, { id });
  if (!n) throw new Error(`No node with id ${id}.`);
  panel.replaceChildren(
    header(n.name ?? n.headline ?? n.text ?? id),
    kv([
      ['Description', n.description ?? null],
      ['Kind', n.kind ?? null],
      ['Aliases', n.aliases?.length ? n.aliases.join(', ') : null],
      ['Date', n.date ? `${n.date}${n.datePrecision ? ` (${PRECISION[n.datePrecision] ?? n.datePrecision})` : ''}` : (n.publishedAt ?? null)],
      ['Publisher', n.publisher?.name ?? null],
      ['URL', n.url ? sourceLink(n.url, n.url) : null],
      ['Part of', n.partOf?.name ?? null],
      ['Place', n.place?.name ?? null],
      ['Probably', n.guess ? n.guess.toLowerCase() : null],
      ['Not an actor because', n.reason ?? null],
      ['Refers to', n.actor ? h('button', { class: 'linkish', type: 'button', onclick: () => actions.open(n.actor!.id) }, n.actor.name ?? n.actor.id) : null],
    ]),
    commonActions(id, actions),
  );
}
