/** Why a dossier was refused: every problem, each with the JSON path of the offending value. */
export interface DossierIssue {
  /** Where in the dossier, e.g. `statements[3].speaker`. */
  path: string;
  message: string;
}

export class DossierError extends Error {
  constructor(readonly issues: DossierIssue[]) {
    super(
      `Invalid dossier: ${issues
        .slice(0, 5)
        .map((i) => `${i.path || '(root)'}: ${i.message}`)
        .join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`,
    );
    this.name = 'DossierError';
  }
}

/** ['statements', 3, 'span'] → `statements[3].span`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}
