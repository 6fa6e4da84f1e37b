import { BlockList, isIP } from 'node:net';

/**
 * Which addresses the URL fetcher may connect to. Everything not publicly routable is
 * refused (SSRF protection) unless the allow-list names the host or a CIDR holding it.
 */
const SPECIAL_RANGES: Array<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'an unspecified ("this network")'],
  ['10.0.0.0', 8, 'ipv4', 'a private'],
  ['100.64.0.0', 10, 'ipv4', 'a carrier-grade NAT'],
  ['127.0.0.0', 8, 'ipv4', 'a loopback'],
  ['169.254.0.0', 16, 'ipv4', 'a link-local'],
  ['172.16.0.0', 12, 'ipv4', 'a private'],
  ['192.0.0.0', 24, 'ipv4', 'an IETF-reserved'],
  ['192.0.2.0', 24, 'ipv4', 'a documentation'],
  ['192.88.99.0', 24, 'ipv4', 'a 6to4 relay'],
  ['192.168.0.0', 16, 'ipv4', 'a private'],
  ['198.18.0.0', 15, 'ipv4', 'a benchmarking'],
  ['198.51.100.0', 24, 'ipv4', 'a documentation'],
  ['203.0.113.0', 24, 'ipv4', 'a documentation'],
  ['224.0.0.0', 4, 'ipv4', 'a multicast'],
  ['240.0.0.0', 4, 'ipv4', 'a reserved'],
  ['::', 128, 'ipv6', 'an unspecified'],
  ['::1', 128, 'ipv6', 'a loopback'],
  ['100::', 64, 'ipv6', 'a discard-only'],
  ['2001:db8::', 32, 'ipv6', 'a documentation'],
  ['fc00::', 7, 'ipv6', 'a unique-local'],
  ['fe80::', 10, 'ipv6', 'a link-local'],
  ['fec0::', 10, 'ipv6', 'a site-local'],
  ['ff00::', 8, 'ipv6', 'a multicast'],
];

const lists = SPECIAL_RANGES.map(([net, prefix, family, label]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, family);
  return { list, family, label };
});

/**
 * IPv6 forms that carry an IPv4 address (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible
 * ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by that IPv4 address, so
 * ::ffff:127.0.0.1 is loopback.
 */
export function embeddedIpv4(address: string): string | null {
  if (isIP(address) !== 6) return null;
  const words = expandIpv6(address);
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => words.slice(from, to).every((w) => w === 0);
  if (zeros(0, 5) && words[5] === 0xffff) return v4(words[6], words[7]);
  if (zeros(0, 6) && (words[6] !== 0 || words[7] > 1)) return v4(words[6], words[7]);
  if (words[0] === 0x64 && words[1] === 0xff9b && zeros(2, 6)) return v4(words[6], words[7]);
  if (words[0] === 0x2002) return v4(words[1], words[2]);
  return null;
}

function expandIpv6(address: string): number[] {
  let a = address.split('%')[0];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) {
    const [p, q, r, s] = dotted[1].split('.').map(Number);
    a = a.slice(0, -dotted[1].length) + `${((p << 8) | q).toString(16)}:${((r << 8) | s).toString(16)}`;
  }
  const [head, tail] = a.includes('::') ? a.split('::') : [a, null];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === null ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((x) => parseInt(x || '0', 16));
}

/** "a loopback" etc. when the address is not publicly routable, else null. */
export function specialAddressKind(address: string): string | null {
  const v4 = embeddedIpv4(address);
  const ip = v4 ?? address.split('%')[0];
  const family = isIP(ip) === 4 ? 'ipv4' : isIP(ip) === 6 ? 'ipv6' : null;
  if (!family) return 'an unparseable';
  for (const r of lists) if (r.family === family && r.list.check(ip, family)) return r.label;
  return null;
}

/** Hosts (exact, or "*.example.org") and CIDRs/IPs the operator allows despite being private. */
export class AllowList {
  private readonly hosts = new Set<string>();
  private readonly suffixes: string[] = [];
  private readonly nets = new BlockList();

  constructor(entries: readonly string[] = []) {
    for (const raw of entries) {
      const entry = raw.trim().toLowerCase().replace(/^\[|\]$/g, '');
      if (!entry) continue;
      const [net, prefix] = entry.split('/');
      const family = isIP(net);
      if (family) {
        const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
        this.nets.addSubnet(net, bits, family === 4 ? 'ipv4' : 'ipv6');
      } else if (entry.startsWith('*.')) this.suffixes.push(entry.slice(1));
      else this.hosts.add(entry);
    }
  }

  allows(host: string, address: string): boolean {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    if (this.hosts.has(h) || this.suffixes.some((s) => h.endsWith(s))) return true;
    const v4 = embeddedIpv4(address);
    const ip = v4 ?? address;
    const family = isIP(ip) === 4 ? 'ipv4' : 'ipv6';
    return this.nets.check(ip, family);
  }
}
