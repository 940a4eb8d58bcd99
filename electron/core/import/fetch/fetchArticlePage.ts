import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { maxImportBytes } from '../../../../shared/limits';
import { PasserelleError, type ErrorParams } from '../../../../shared/errors';
import { charsetForLabel } from '../sniffHtmlCharset';
import { checkAddress, checkFetchUrl, type AddressPolicy } from './checkFetchUrl';

/// Most redirects followed before giving up.
export const maxRedirects = 5;
/// Longest a whole fetch may take, redirects included.
export const fetchTimeoutMs = 15_000;

/// A page fetched for import: its bytes, the URL it finally came from and its declared charset.
export interface FetchedPage {
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly charset: string | null;
}

/// Limits of one fetch; the defaults are the product's, tests lower them.
export interface FetchOptions extends AddressPolicy {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);

// `why` is the English message's reason; `params` say it for the UI (their `detail` names it).
function failed(url: URL, why: string, params: ErrorParams): PasserelleError {
  return new PasserelleError('fetch_failed', `${url.href}: ${why}`, { ...params, url: url.href });
}

// Resolves every address of the host and refuses them all if any one is not public, so a DNS
// answer mixing a public and a private address cannot steer the connection; the socket then
// connects to exactly the addresses checked here.
function checkedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error !== null) {
        callback(error, '', 0);
        return;
      }
      try {
        if (addresses.length === 0) {
          throw new PasserelleError('fetch_failed', `${hostname} has no address.`, {
            detail: 'noAddress',
            host: hostname,
          });
        }
        for (const { address } of addresses) checkAddress(hostname, address, policy);
      } catch (refusal) {
        callback(refusal as NodeJS.ErrnoException, '', 0);
        return;
      }
      if (options.all === true) callback(null, addresses);
      else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4);
    });
  };
}

function get(url: URL, policy: AddressPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        signal,
        lookup: checkedLookup(policy),
        headers: {
          'user-agent': 'Passerelle (article import)',
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'fr,en;q=0.5',
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

// Counts bytes after decompression, so a gzip bomb stops at the same limit as a plain page.
async function readBody(url: URL, response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(url, maxBytes);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  const body = decoded(response);
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(chunk);
    }
  } finally {
    response.destroy();
    body.destroy();
  }
  return Buffer.concat(chunks, length);
}

function tooLarge(url: URL, maxBytes: number): PasserelleError {
  const limit = Math.round(maxBytes / (1024 * 1024));
  return new PasserelleError(
    'too_large',
    `${url.href}: the page is larger than ${limit} MB, the import limit.`,
    {
      detail: 'page',
      url: url.href,
      limit,
    },
  );
}

// The English reason a connection failed, and the detail the UI words it by; an error Node does
// not name in a way worth translating keeps its message in English only.
function reason(error: unknown): [string, ErrorParams] {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return ['the host name could not be resolved.', { detail: 'unresolved' }];
    }
    if (code === 'ECONNREFUSED') return ['the server refused the connection.', { detail: 'refused' }];
    if (code === 'ECONNRESET') return ['the server closed the connection.', { detail: 'reset' }];
    return [`${error.message.replace(/\.$/, '')}.`, { detail: 'other' }];
  }
  return [String(error), { detail: 'other' }];
}

/// Fetches a web page for import from the Node side: http(s) only, up to `maxRedirects`
/// redirects each checked again, `maxImportBytes` read at most (counted as it streams, after
/// decompression), `fetchTimeoutMs` for the whole, and no connection to a loopback, private,
/// link-local, CGNAT, multicast, reserved or unspecified address (IPv4 and IPv6).
export async function fetchArticlePage(raw: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const policy: AddressPolicy = { allowLoopbackForTests: options.allowLoopbackForTests === true };
  const maxBytes = options.maxBytes ?? maxImportBytes;
  const timeoutMs = options.timeoutMs ?? fetchTimeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let url = checkFetchUrl(raw, policy);
  try {
    for (let redirects = 0; ; redirects++) {
      let response: IncomingMessage;
      try {
        response = await get(url, policy, controller.signal);
      } catch (error) {
        if (error instanceof PasserelleError) throw error;
        const seconds = timeoutMs / 1000;
        if (controller.signal.aborted) {
          throw failed(url, `no answer within ${seconds} s.`, { detail: 'timeout', seconds });
        }
        throw failed(url, ...reason(error));
      }
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location !== undefined) {
        response.destroy();
        if (redirects >= maxRedirects) {
          throw failed(url, `more than ${maxRedirects} redirects.`, {
            detail: 'redirects',
            redirects: maxRedirects,
          });
        }
        url = checkFetchUrl(new URL(location, url).href, policy);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw failed(
          url,
          `the server answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}.`,
          { detail: 'httpStatus', status },
        );
      }
      const [type = '', ...parameters] = (response.headers['content-type'] ?? 'text/html').split(';');
      const mediaType = type.trim().toLowerCase();
      if (mediaType !== '' && !htmlTypes.has(mediaType)) {
        response.destroy();
        throw new PasserelleError(
          'unsupported_format',
          `${url.href}: the address serves ${mediaType}, not a web page.`,
          { detail: 'notPage', url: url.href, mediaType },
        );
      }
      const label = parameters
        .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(parameter)?.[1])
        .find(Boolean);
      try {
        const bytes = await readBody(url, response, maxBytes);
        return { url: url.href, bytes, charset: label === undefined ? null : charsetForLabel(label) };
      } catch (error) {
        if (error instanceof PasserelleError) throw error;
        const seconds = timeoutMs / 1000;
        if (controller.signal.aborted) {
          throw failed(url, `no complete answer within ${seconds} s.`, { detail: 'incomplete', seconds });
        }
        throw failed(url, ...reason(error));
      }
    }
  } finally {
    clearTimeout(timer);
  }
}
