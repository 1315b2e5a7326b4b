/**
 * Global ids are the graph's own ids. They already carry their type in their prefix
 * (`person:sergei-lavrov`, `statement:3f2a…`), so the Relay `node(id:)` field can route them
 * without base64 wrapping, and analysts can read and type them.
 */
import { PothosValidationError } from '@pothos/core';
import { typeOfId } from '../dossier/ids.js';

export function encodeGlobalID(_typename: string, id: string | number | bigint): string {
  return String(id);
}

export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  const typename = typeOfId(globalID);
  if (!typename) throw new PothosValidationError(`"${globalID}" is not a claimgraph id (expected e.g. "person:sergei-lavrov")`);
  return { typename, id: globalID };
}
