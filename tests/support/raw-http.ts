/**
 * HTTP/1.1 spoken by hand over node:net: the exact bytes of a request line and headers reach
 * the server (fetch would normalize the path, fix the Host and refuse malformed requests itself).
 */
import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `head` (request line and headers, without the blank line) and `body`; reads until the server closes. */
export function rawRequest(port: number, head: string | Buffer, body = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      try {
        resolve(parse(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
    socket.write(Buffer.concat([Buffer.isBuffer(head) ? head : Buffer.from(head, 'latin1'), Buffer.from('\r\n\r\n'), Buffer.from(body)]));
  });
}

/** A request of `method` for `target` with the given header lines; JSON body if given; Connection: close. */
export function rawCall(port: number, method: string, target: string, headers: string[], json?: unknown): Promise<RawResponse> {
  const body = json === undefined ? '' : JSON.stringify(json);
  const lines = [`${method} ${target} HTTP/1.1`, ...headers, 'Connection: close'];
  if (json !== undefined) lines.push('Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`);
  return rawRequest(port, lines.join('\r\n'), body);
}

function parse(raw: Buffer): RawResponse {
  const text = raw.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`no complete response: ${JSON.stringify(text.slice(0, 200))}`);
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine!)?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = text.slice(end + 4);
  if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
  return { status, headers, body };
}

function unchunk(text: string): string {
  let out = '';
  let rest = Buffer.from(text);
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = parseInt(rest.subarray(0, lineEnd).toString(), 16);
    if (!size) return out;
    out += rest.subarray(lineEnd + 2, lineEnd + 2 + size).toString();
    rest = rest.subarray(lineEnd + 2 + size + 2);
  }
}
