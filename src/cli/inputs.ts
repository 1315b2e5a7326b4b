/**
 * The files a person hands `claimgraph ingest` and `extract`: what each is (a dossier, an
 * article's text, a saved web page) by its extension and, when that says nothing, by its
 * content; and an article's text read in whatever encoding it was saved (extract/input). A
 * file given by name that is none of these is refused by name; in a folder, such files are
 * listed as skipped — never passed over in silence.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractOptions } from '../extract/index.js';
import { decodeText } from '../extract/input/encoding.js';
import { looksLikeHtml, readHtml } from '../extract/input/html.js';

export type InputKind = 'dossier' | 'article' | 'page';

const BY_EXTENSION: Record<string, InputKind> = {
  '.json': 'dossier',
  '.txt': 'article',
  '.text': 'article',
  '.html': 'page',
  '.htm': 'page',
  '.xhtml': 'page',
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

/** A file whose type claimgraph does not read. */
export class UnsupportedFileError extends Error {
  constructor(readonly file: string) {
    super(`${file}: unsupported file type "${path.extname(file) || '(none)'}"; claimgraph reads ${SUPPORTED_EXTENSIONS.join(', ')}`);
    this.name = 'UnsupportedFileError';
  }
}

/** What a file is, by its extension; undefined when the extension says nothing (no extension). */
export function kindOfName(file: string): InputKind | 'unsupported' | undefined {
  const ext = path.extname(file).toLowerCase();
  if (!ext) return undefined;
  return BY_EXTENSION[ext] ?? 'unsupported';
}

export interface InputList {
  files: string[];
  /** Files in the folders given that claimgraph does not read (named to the user). */
  skipped: string[];
}

/** The files named, folders searched recursively (hidden files left out), in a stable order. */
export async function inputFiles(paths: string[]): Promise<InputList> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      const entries = (await readdir(p, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
        .filter(
          (f) =>
            !path
              .relative(p, f)
              .split(path.sep)
              .some((part) => part.startsWith('.')),
        )
        .sort();
      for (const f of entries) (kindOfName(f) === 'unsupported' || kindOfName(f) === undefined ? skipped : files).push(f);
    } else {
      if (kindOfName(p) === 'unsupported') throw new UnsupportedFileError(p);
      files.push(p);
    }
  }
  return { files, skipped };
}

export type ReadInput = { kind: 'dossier'; dossier: unknown } | { kind: 'article' | 'page'; text: string; options: ExtractOptions; encoding: string };

/**
 * A file read: a dossier parsed, or an article's text decoded (a page through Readability, its
 * tags' metadata under the options given). Throws UndecodableTextError, UnsupportedFileError,
 * or a SyntaxError for a dossier that is not JSON.
 */
export async function readInput(file: string, options: ExtractOptions = {}): Promise<ReadInput> {
  const byName = kindOfName(file);
  if (byName === 'unsupported') throw new UnsupportedFileError(file);
  const bytes = await readFile(file);
  const { text, encoding } = decodeText(bytes);
  const kind =
    byName === 'dossier' ? 'dossier' : byName === 'page' || looksLikeHtml(text) ? 'page' : byName === undefined && /^\s*\{/.test(text) ? 'dossier' : 'article';
  if (kind === 'dossier') return { kind, dossier: JSON.parse(text) };
  if (kind === 'article') return { kind, text, options, encoding };
  const page = readHtml(text);
  return {
    kind,
    text: page.text,
    encoding,
    options: {
      url: options.url ?? page.url,
      published: options.published ?? page.publishedAt,
      publisher: options.publisher ?? page.siteName,
    },
  };
}
