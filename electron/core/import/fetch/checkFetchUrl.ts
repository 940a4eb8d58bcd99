import { isIP } from 'node:net';
import { PasserelleError } from '../../../../shared/errors';
import { classifyAddress } from './classifyAddress';

/// What the URL and address checks allow beyond public addresses; tests only.
export interface AddressPolicy {
  /// Lets 127.0.0.0/8 and ::1 through, so a test can fetch from a server it started; never set
  /// by the contract's handlers.
  readonly allowLoopbackForTests?: boolean;
}

/// Refuses `address` unless it is public (or loopback under a test policy), naming the host.
export function checkAddress(host: string, address: string, policy: AddressPolicy = {}): void {
  const kind = classifyAddress(address);
  if (kind === 'public' || (kind === 'loopback' && policy.allowLoopbackForTests === true)) return;
  const where = host === address ? address : `${host} (${address})`;
  throw new PasserelleError(
    'blocked_address',
    `${where} is a ${kind === 'invalid' ? 'malformed' : kind} address; only public web addresses are fetched.`,
    { detail: kind, where },
  );
}

/// Parses and checks a URL to fetch: http or https only, no user name or password, and a host
/// that is not an IP literal outside the public ranges. Hosts named by DNS are checked again
/// once resolved.
export function checkFetchUrl(raw: string, policy: AddressPolicy = {}): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new PasserelleError('invalid_input', `${raw} is not a web address (use http:// or https://).`, {
      detail: 'notWebAddress',
      address: raw,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PasserelleError(
      'invalid_input',
      `${url.protocol} addresses are not fetched (use http:// or https://).`,
      { detail: 'scheme', scheme: url.protocol },
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new PasserelleError(
      'invalid_input',
      'Web addresses with a user name or password are not fetched.',
      {
        detail: 'credentials',
      },
    );
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === '') {
    throw new PasserelleError('invalid_input', `${raw} names no host.`, { detail: 'noHost', address: raw });
  }
  if (isIP(host) !== 0) checkAddress(host, host, policy);
  url.hash = '';
  return url;
}
