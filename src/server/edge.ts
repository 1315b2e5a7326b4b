/**
 * The HTTP edge: the node:http server `claimgraph serve` listens with (built here, so that a test
 * builds the very same server in-process and speaks raw HTTP to it). Before yoga sees a request,
 * it must be one yoga can turn into a URL without tripping: a single, well-formed Host; a target
 * that is a path (origin-form), in normal form, with valid percent-encoding. Anything else — a Host
 * of "a b" or "[::1", `POST http://evil/graphql`, `OPTIONS *`, `/%zz` — used to reach yoga's URL
 * parser and come back as HTTP 500 with a Node stack trace and install paths (issue 11). Now each
 * is a 400 naming what is wrong, as JSON, with the security headers; so are requests node's own
 * parser rejects (431 for headers too large, 408 for a request too slow), which it would
 * otherwise answer with no body at all.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody, JSON_CONTENT_TYPE } from './json-error.js';
import { NOTHING_CSP, SECURITY_HEADERS } from './security-headers.js';

export function createHttpServer(handler: RequestListener): Server {
  // requireHostHeader off: a missing Host is answered below, with a body, instead of node's bare 400.
  const server = createServer({ requireHostHeader: false }, (request, response) => {
    const problem = malformation(request);
    if (problem) return refuse(response, 400, problem);
    handler(request, response);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    if (error.code === 'HPE_HEADER_OVERFLOW')
      return refuseRaw(socket, 431, 'Request Header Fields Too Large', 'The request headers are larger than this server accepts.');
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return refuseRaw(socket, 408, 'Request Timeout', 'The request did not arrive in time.');
    refuseRaw(socket, 400, 'Bad Request', 'The request is not well-formed HTTP/1.1.');
  });
  // CONNECT host:port (authority-form): node hands it over as a tunnel; there is none here.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => refuseRaw(socket, 400, 'Bad Request', NOT_A_PATH));
  return server;
}

const NOT_A_PATH = 'The request target must be a path starting with / (origin-form); absolute URLs, * and host:port are not served.';

/** What makes the request unfit for yoga, or undefined if nothing does. */
function malformation(request: IncomingMessage): string | undefined {
  const hosts = request.rawHeaders.filter((_value, i) => i % 2 === 0 && request.rawHeaders[i]!.toLowerCase() === 'host');
  if (hosts.length === 0) return 'The Host header is missing; HTTP/1.1 requires one.';
  if (hosts.length > 1) return 'The request has more than one Host header.';
  if (!isHost(request.headers.host ?? '')) return 'The Host header is not a host name, IPv4 or [IPv6] address with an optional port.';
  const target = request.url ?? '';
  if (!target.startsWith('/')) return NOT_A_PATH;
  const path = target.split('?', 1)[0]!;
  if (/%(?![0-9A-Fa-f]{2})/.test(target) || !decodes(path))
    return 'The request target has malformed percent-encoding (each % must start a %XX escape of UTF-8).';
  // Dot segments, backslashes, raw spaces or non-ASCII: the path a URL parser makes of it is another one.
  if (new URL(path, 'http://host').pathname !== path)
    return 'The request path is not in normal form: no . or .. segments, no backslashes, non-ASCII characters percent-encoded.';
  return undefined;
}

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?';
const HOST = new RegExp(`^(?:(?<name>${LABEL}(?:\\.${LABEL})*\\.?)|(?<ipv6>\\[[0-9A-Fa-f:.]+\\]))(?::(?<port>\\d{1,5}))?$`);

/** A DNS name or IPv4 address (at most 253 characters) or a bracketed IPv6 address, with an optional port. */
function isHost(value: string): boolean {
  const match = HOST.exec(value);
  if (!match?.groups) return false;
  const { name, ipv6, port } = match.groups;
  if (port !== undefined && Number(port) > 65_535) return false;
  if (name !== undefined) return name.length <= 253;
  return URL.canParse(`http://${ipv6}/`);
}

/** The refusal's body and headers: JSON, the security headers, and the connection closed (the rest of what was sent is not trusted). */
function refusal(message: string): { body: string; headers: Record<string, string> } {
  const body = errorBody(message, 'BAD_REQUEST');
  const headers = {
    ...SECURITY_HEADERS,
    'content-security-policy': NOTHING_CSP,
    'content-type': JSON_CONTENT_TYPE,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  return { body, headers };
}

function refuse(response: ServerResponse, status: number, message: string): void {
  const { body, headers } = refusal(message);
  response.writeHead(status, headers);
  response.end(body);
}

/** A whole response written to the socket, for requests node could not parse into a request object. */
function refuseRaw(socket: Duplex, status: number, reason: string, message: string): void {
  const { body, headers } = refusal(message);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}\r\n${body}`,
  );
}
