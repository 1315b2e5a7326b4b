/**
 * What a command run in-process writes to stdout and stderr, captured afresh for each test of
 * the block (or file) that calls `captureStdio()`, so tests can read a CLI's output.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export interface CapturedStdio {
  readonly stdout: string;
  readonly stderr: string;
}

export function captureStdio(): CapturedStdio {
  const captured = { stdout: '', stderr: '' };
  beforeEach(() => {
    captured.stdout = '';
    captured.stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured.stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured.stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return captured;
}
