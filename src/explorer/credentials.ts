/**
 * The explorer's API key, when the server asks for one (CLAIMGRAPH_AUTH=on): asked for once at
 * the first 401, kept for this tab only (sessionStorage, gone when the tab closes), and sent as
 * `Authorization: Bearer` with every request.
 */
const STORAGE_KEY = 'claimgraph-api-key';

function storedKey(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

/** Whether requests go out with a key (a plain link can't send one). */
export function hasApiKey(): boolean {
  return storedKey() !== null;
}

function withKey(init: RequestInit): RequestInit {
  const key = storedKey();
  if (!key) return init;
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${key}`);
  return { ...init, headers };
}

/**
 * `fetch` with the stored key; on a 401 it asks for a key (`claimgraph keys create --role
 * reader` makes one) and tries once more. A cancelled prompt leaves the 401 to the caller.
 */
export async function fetchWithKey(url: string, init: RequestInit = {}): Promise<Response> {
  const sent = storedKey();
  const response = await fetch(url, withKey(init));
  if (response.status !== 401) return response;
  // Requests refused together share one prompt; one refused after a new key was given just retries.
  if (storedKey() === sent) {
    asking ??= askForKey(sent).finally(() => (asking = null));
    await asking;
  }
  return storedKey() === sent ? response : fetch(url, withKey(init));
}

let asking: Promise<void> | null = null;

async function askForKey(refused: string | null): Promise<void> {
  const key = window.prompt(
    `${refused ? 'That API key was refused.' : 'This server needs an API key.'} Paste one (an administrator makes it with: claimgraph keys create --role reader):`,
  );
  if (key?.trim()) sessionStorage.setItem(STORAGE_KEY, key.trim());
}
