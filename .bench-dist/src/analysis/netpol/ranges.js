/**
 * Named address ranges: what the map labels external endpoints with, and what the network checks
 * ask about (can this workload reach the cloud metadata service? the internet?).
 */
import { IpSet, parseCidr } from './ip.js';
function setOf(cidrs) {
    return cidrs.reduce((acc, c) => acc.union(IpSet.cidr(parseCidr(c))), IpSet.EMPTY);
}
function range(name, cidrs) {
    return { name, set: setOf(cidrs), cidrs };
}
/**
 * The instance metadata services: 169.254.169.254 (AWS, GCP, Azure, OpenStack and most others) and
 * AWS's IPv6 endpoint fd00:ec2::254. A pod that reaches them can usually read the node's cloud credentials.
 */
export const METADATA = range('metadata', ['169.254.169.254/32', 'fd00:ec2::254/128']);
/**
 * Addresses that are not on the internet: "this network", RFC 1918 private ranges, shared address
 * space (RFC 6598), loopback, link-local, multicast and reserved (IPv4); unspecified, loopback,
 * IPv4-mapped, unique-local, link-local and multicast (IPv6). Documentation ranges
 * (203.0.113.0/24...) count as internet: manifests use them as stand-ins for public addresses.
 */
export const PRIVATE = range('private', [
    '0.0.0.0/8',
    '10.0.0.0/8',
    '100.64.0.0/10',
    '127.0.0.0/8',
    '169.254.0.0/16',
    '172.16.0.0/12',
    '192.168.0.0/16',
    '224.0.0.0/4',
    '240.0.0.0/4',
    '::/128',
    '::1/128',
    '::ffff:0:0/96',
    'fc00::/7',
    'fe80::/10',
    'ff00::/8',
]);
/** Every address except the private ones. */
export const INTERNET = { name: 'internet', set: IpSet.ALL.subtract(PRIVATE.set), cidrs: ['0.0.0.0/0', '::/0'] };
export const BUILTIN_RANGES = [METADATA, PRIVATE, INTERNET];
/** Parses `--cidr name=CIDR[,CIDR...]`; undefined with a reason on bad input. */
export function parseNamedRange(text) {
    const eq = text.indexOf('=');
    if (eq <= 0)
        return { error: `--cidr "${text}": expected NAME=CIDR, e.g. office=203.0.113.0/24` };
    const name = text.slice(0, eq).trim();
    const cidrs = text
        .slice(eq + 1)
        .split(/[,;]/)
        .map((c) => c.trim())
        .filter(Boolean);
    if (cidrs.length === 0)
        return { error: `--cidr "${text}": no CIDR after "="` };
    for (const c of cidrs)
        if (!parseCidr(c))
            return { error: `--cidr "${text}": "${c}" is not a CIDR (e.g. 10.0.0.0/8 or 2001:db8::/32)` };
    return range(name, cidrs);
}
//# sourceMappingURL=ranges.js.map