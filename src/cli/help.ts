/**
 * The help of every command, written once: `claimgraph help`, `claimgraph help <command>`,
 * `claimgraph <command> --help`, and the usage a command prints when it is called wrong.
 * Each command has a one-line summary, its usage lines, its options and an example.
 */
import { ROLES } from '../auth/roles.js';
import { DEFAULT_DOSSIERS_PER_TX, DEFAULT_ROWS_PER_QUERY } from '../ingest/bulk.js';
import { SUPPORTED_EXTENSIONS } from './inputs.js';

interface CommandHelp {
  summary: string;
  usage: string[];
  /** More about what it does, in a few lines. */
  about?: string;
  options?: Array<[flag: string, description: string]>;
  examples: string[];
}

export const COMMANDS = {
  serve: {
    summary: 'serve the GraphQL API, GraphiQL and the explorer (loads the seed into an empty graph)',
    usage: ['claimgraph serve'],
    about: 'Settings come from the environment (PORT, NEO4J_URI, CLAIMGRAPH_AUTH…; see README.md).',
    examples: ['PORT=4000 claimgraph serve'],
  },
  ingest: {
    summary: 'ingest dossiers, article texts and saved web pages into the graph',
    usage: [
      'claimgraph ingest <files or folders...> [--replace] [--url URL] [--published DATE] [--publisher NAME] [--json]',
      'claimgraph ingest <corpus folder> [--bulk] [--batch N] [--rows N] [--restart] [--checkpoint FILE] [--stop-after N]',
    ],
    about: [
      `Reads ${SUPPORTED_EXTENSIONS.join(', ')}: a .json file is a dossier; a .txt file an article's text, in any`,
      'common encoding (UTF-8, UTF-16, Latin-1/Windows-1252…); an .html file a saved page, read through',
      'Readability with the date, author and site name of its tags. Folders are searched; files of other',
      'types in them are named as skipped. The date and publisher come from the options, else from the',
      'text (date lines, datelines, agency credits); what is not found stays unknown. Articles not in',
      'English are refused. Each file is one transaction; re-running changes nothing. A folder of .jsonl',
      `files (npm run gen) is loaded in bulk, ${DEFAULT_DOSSIERS_PER_TX} dossiers per transaction, resumably.`,
    ].join('\n'),
    options: [
      ['--replace', 'overwrite an article whose text changed (else it is refused)'],
      ['--url URL', 'where the articles were published'],
      ['--published DATE', 'their publication date (YYYY-MM-DD or ISO date-time)'],
      ['--publisher NAME', 'who published them'],
      ['--json', 'JSON lines on stderr even on a terminal (always so when output is not a terminal)'],
      ['--bulk', 'load the folder as a corpus of .jsonl files'],
      ['--batch N', `dossiers per transaction in bulk (default ${DEFAULT_DOSSIERS_PER_TX})`],
      ['--rows N', `rows per UNWIND query in bulk (default ${DEFAULT_ROWS_PER_QUERY})`],
      ['--restart', 'ignore <folder>/.ingest-checkpoint.json and start again'],
      ['--checkpoint FILE', 'where bulk progress is kept'],
      ['--stop-after N', 'stop after N bulk batches'],
    ],
    examples: ['claimgraph ingest data/dev', 'claimgraph ingest story.html', 'claimgraph ingest story.txt --published 2024-03-14 --publisher "Example News"'],
  },
  extract: {
    summary: 'print the dossier extracted from an article (JSON on stdout), with a summary and review items',
    usage: ['claimgraph extract FILE [--url URL] [--published DATE] [--publisher NAME] [--json]'],
    about: 'FILE is an article text (.txt, any common encoding) or a saved page (.html). Nothing is written to the graph.',
    options: [
      ['--url URL', 'where it was published'],
      ['--published DATE', 'its publication date (YYYY-MM-DD or ISO date-time)'],
      ['--publisher NAME', 'who published it'],
      ['--json', 'the summary and review items as one JSON line on stderr'],
    ],
    examples: ['claimgraph extract story.txt > story.json', 'claimgraph extract page.html --publisher "Example News"'],
  },
  eval: {
    summary: 'score extraction against the gold articles (exit 1 below target or not measured)',
    usage: ['claimgraph eval [--verbose]'],
    options: [['--verbose', 'also list, per article, the junk actors and the wrong dates, publishers and refusals (alias --junk)']],
    examples: ['claimgraph eval', 'claimgraph eval --verbose'],
  },
  schema: {
    summary: 'write schema/schema.graphql from the code',
    usage: ['claimgraph schema [--check]'],
    options: [['--check', 'fail if schema/schema.graphql is stale instead of writing it']],
    examples: ['claimgraph schema --check'],
  },
  db: {
    summary: 'run, count or bulk-load the local Neo4j',
    usage: ['claimgraph db start|counts', 'claimgraph db import <corpus folder> [--overwrite] [--files-only DIR]'],
    about: [
      'start: run the local Neo4j until Ctrl-C. counts: count nodes and relationships.',
      'import: offline bulk load into the managed local Neo4j (stopped, empty or --overwrite):',
      'dossiers validated and resolved as by ingest, written with neo4j-admin.',
    ].join('\n'),
    options: [
      ['--overwrite', 'replace the database the local Neo4j holds'],
      ['--files-only DIR', 'write the CSV files for a neo4j-admin of your own instead'],
    ],
    examples: ['claimgraph db counts', 'claimgraph db import corpus-S --overwrite'],
  },
  keys: {
    summary: 'create, list and revoke API keys',
    usage: [`claimgraph keys create --role ${ROLES.join('|')} [--name NAME]`, 'claimgraph keys list', 'claimgraph keys revoke ID'],
    about: "create prints the key's secret this once (only its hash is stored); revoke stops a key at once.",
    options: [
      ['--role ROLE', `what the key may do: ${ROLES.join(', ')}`],
      ['--name NAME', 'a label for the key'],
    ],
    examples: ['claimgraph keys create --role reader --name "newsroom dashboard"', 'claimgraph keys list'],
  },
  help: {
    summary: 'show the help of claimgraph or of one command',
    usage: ['claimgraph help [COMMAND]', 'claimgraph COMMAND --help'],
    examples: ['claimgraph help ingest'],
  },
} satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof COMMANDS;

export const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMANDS, name);

/** Whether the arguments ask for help (`--help` or `-h`). */
export const asksForHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

/** The usage lines of a command ("usage: claimgraph …"). */
export function usageText(command: CommandName): string {
  const lines: string[] = COMMANDS[command].usage;
  return `${lines.map((l, i) => `${i === 0 ? 'usage: ' : '       '}${l}`).join('\n')}\n`;
}

/** A command's whole help: summary, usage, what it does, options, examples. */
export function helpText(command: CommandName): string {
  const c: CommandHelp = COMMANDS[command];
  const width = Math.max(0, ...(c.options ?? []).map(([flag]) => flag.length)) + 2;
  return [
    `claimgraph ${command}: ${c.summary}`,
    '',
    usageText(command).trimEnd(),
    ...(c.about ? ['', c.about] : []),
    ...(c.options?.length ? ['', 'options:', ...c.options.map(([flag, d]) => `  ${flag.padEnd(width)}${d}`)] : []),
    '',
    `example${c.examples.length > 1 ? 's' : ''}:`,
    ...c.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/** The list of commands. */
export function overviewText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length)) + 2;
  return [
    'usage: claimgraph <command> [options]',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    '',
    '`claimgraph help <command>` or `claimgraph <command> --help` tells more.',
    'Environment: see README.md (NEO4J_URI, PORT, ...).',
    '',
  ].join('\n');
}

/** A command called wrong: the problem and its usage on stderr; exit code 1. */
export function usageError(command: CommandName, problem?: string): number {
  process.stderr.write(`${problem ? `${problem}\n` : ''}${usageText(command)}\`claimgraph help ${command}\` tells more.\n`);
  return 1;
}
