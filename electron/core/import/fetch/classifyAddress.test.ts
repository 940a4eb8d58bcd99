import { describe, expect, it } from 'vitest';
import { PasserelleError } from '../../../../shared/errors';
import { checkFetchUrl } from './checkFetchUrl';
import { classifyAddress } from './classifyAddress';

describe('classifyAddress', () => {
  it('refuses every non-public IPv4 range', () => {
    expect(classifyAddress('0.0.0.0')).toBe('unspecified');
    expect(classifyAddress('127.0.0.1')).toBe('loopback');
    expect(classifyAddress('127.255.1.2')).toBe('loopback');
    for (const address of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1']) {
      expect(classifyAddress(address)).toBe('private');
    }
    expect(classifyAddress('169.254.169.254')).toBe('link-local');
    expect(classifyAddress('100.64.0.1')).toBe('shared');
    expect(classifyAddress('100.127.255.255')).toBe('shared');
    expect(classifyAddress('224.0.0.1')).toBe('multicast');
    expect(classifyAddress('239.255.255.250')).toBe('multicast');
    expect(classifyAddress('255.255.255.255')).toBe('reserved');
    expect(classifyAddress('192.0.2.10')).toBe('reserved');
  });

  it('accepts public IPv4 addresses, including neighbours of the refused ranges', () => {
    for (const address of [
      '8.8.8.8',
      '172.15.255.255',
      '172.32.0.1',
      '100.63.255.255',
      '100.128.0.1',
      '193.0.0.1',
    ]) {
      expect(classifyAddress(address)).toBe('public');
    }
  });

  it('refuses every non-public IPv6 range, and IPv4 hidden in IPv6 by its IPv4 part', () => {
    expect(classifyAddress('::')).toBe('unspecified');
    expect(classifyAddress('::1')).toBe('loopback');
    expect(classifyAddress('[::1]')).toBe('loopback');
    expect(classifyAddress('0:0:0:0:0:0:0:1')).toBe('loopback');
    expect(classifyAddress('fc00::1')).toBe('private');
    expect(classifyAddress('fd12:3456::1')).toBe('private');
    expect(classifyAddress('fe80::1%eth0')).toBe('link-local');
    expect(classifyAddress('ff02::1')).toBe('multicast');
    expect(classifyAddress('::ffff:127.0.0.1')).toBe('loopback');
    expect(classifyAddress('::ffff:7f00:1')).toBe('loopback');
    expect(classifyAddress('::ffff:10.0.0.1')).toBe('private');
    expect(classifyAddress('64:ff9b::192.168.0.1')).toBe('private');
    expect(classifyAddress('2002:7f00:1::')).toBe('loopback');
    expect(classifyAddress('2001:db8::1')).toBe('reserved');
  });

  it('accepts public IPv6 addresses and IPv4-mapped public ones', () => {
    expect(classifyAddress('2a00:1450:4007:80c::200e')).toBe('public');
    expect(classifyAddress('::ffff:8.8.8.8')).toBe('public');
  });

  it('calls anything else invalid', () => {
    for (const address of ['example.org', '1.2.3', '256.1.1.1', '1::2::3', '']) {
      expect(classifyAddress(address)).toBe('invalid');
    }
  });
});

function refusal(run: () => unknown): PasserelleError {
  try {
    run();
  } catch (error) {
    if (error instanceof PasserelleError) return error;
    throw error;
  }
  throw new Error('expected a PasserelleError');
}

describe('checkFetchUrl', () => {
  it('accepts http and https URLs naming a host, dropping the fragment', () => {
    expect(checkFetchUrl(' https://www.example.org/a?b=1#c ').href).toBe('https://www.example.org/a?b=1');
    expect(checkFetchUrl('http://93.184.216.34/').href).toBe('http://93.184.216.34/');
  });

  it('refuses other schemes, credentials and malformed URLs as invalid input', () => {
    for (const url of [
      'file:///etc/passwd',
      'ftp://example.org/',
      'javascript:alert(1)',
      'data:text/html,x',
      'gopher://x',
    ]) {
      expect(refusal(() => checkFetchUrl(url)).code).toBe('invalid_input');
    }
    expect(refusal(() => checkFetchUrl('https://user:pass@example.org/')).message).toContain(
      'user name or password',
    );
    expect(refusal(() => checkFetchUrl('pas une adresse')).code).toBe('invalid_input');
  });

  it('refuses IP-literal hosts outside the public ranges, in every spelling', () => {
    for (const url of [
      'http://127.0.0.1/',
      'http://localhost.localdomain@127.0.0.1/',
      'http://[::1]:8080/',
      'http://[::ffff:127.0.0.1]/',
      'http://0.0.0.0/',
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://[fe80::1]/',
    ]) {
      const error = refusal(() => checkFetchUrl(url));
      expect(['blocked_address', 'invalid_input'], url).toContain(error.code);
    }
    expect(refusal(() => checkFetchUrl('http://2130706433/')).code).toBe('blocked_address');
  });

  it('lets loopback through only under the test policy, and never private addresses', () => {
    expect(checkFetchUrl('http://127.0.0.1:9/', { allowLoopbackForTests: true }).port).toBe('9');
    expect(refusal(() => checkFetchUrl('http://10.0.0.1/', { allowLoopbackForTests: true })).code).toBe(
      'blocked_address',
    );
  });
});
