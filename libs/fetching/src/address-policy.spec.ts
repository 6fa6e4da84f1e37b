import { AllowList, embeddedIpv4, specialAddressKind } from './address-policy';

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.100.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd12:3456::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
  ])('%s is %s', (ip, kind) => {
    expect(specialAddressKind(ip)).toContain(kind);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (ip) => {
    expect(specialAddressKind(ip)).toBeNull();
  });

  it('extracts IPv4 from IPv4-mapped IPv6', () => {
    expect(embeddedIpv4('::ffff:192.168.0.1')).toBe('192.168.0.1');
    expect(embeddedIpv4('2001:db8::1')).toBeNull();
  });

  it('allows listed hosts, wildcard domains and CIDRs only', () => {
    const allow = new AllowList(['127.0.0.1', '10.0.0.0/8', 'intranet.local', '*.corp.example', '::1']);
    expect(allow.allows('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(allow.allows('127.0.0.2', '127.0.0.2')).toBe(false);
    expect(allow.allows('db', '10.9.8.7')).toBe(true);
    expect(allow.allows('x', '::ffff:10.9.8.7')).toBe(true);
    expect(allow.allows('intranet.local', '192.168.0.5')).toBe(true);
    expect(allow.allows('wiki.corp.example', '192.168.0.6')).toBe(true);
    expect(allow.allows('corp.example.evil', '192.168.0.6')).toBe(false);
    expect(allow.allows('[::1]', '::1')).toBe(true);
  });
});
