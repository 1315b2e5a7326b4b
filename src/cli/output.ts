/**
 * How commands talk to the person running them: readable lines on a terminal, JSON lines (the
 * structured log, one object per line on stderr) with `--json` or when the output goes to a
 * file or another program — the shapes scripts and tests read. stdout stays for the command's
 * product (a dossier, a schema, a key).
 */
import { log } from '../logger.js';

export interface Output {
  /** Readable lines (true) or JSON lines (false). */
  human: boolean;
  info(msg: string, fields: Record<string, unknown>, line?: string): void;
  warn(msg: string, fields: Record<string, unknown>, line?: string): void;
  error(msg: string, fields: Record<string, unknown>, line?: string): void;
}

/** Human lines when both stdout and stderr are terminals and --json was not asked for. */
export function output(json: boolean): Output {
  const human = !json && Boolean(process.stdout.isTTY && process.stderr.isTTY);
  const say = (level: 'info' | 'warn' | 'error') => (msg: string, fields: Record<string, unknown>, line?: string) => {
    if (human) process.stderr.write(`${level === 'info' ? '' : `${level}: `}${line ?? msg}\n`);
    else log[level](msg, fields);
  };
  return { human, info: say('info'), warn: say('warn'), error: say('error') };
}

/** "1 statement", "3 statements". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
