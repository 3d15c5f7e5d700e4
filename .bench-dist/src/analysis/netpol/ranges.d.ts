/**
 * Named address ranges: what the map labels external endpoints with, and what the network checks
 * ask about (can this workload reach the cloud metadata service? the internet?).
 */
import { IpSet } from './ip.js';
export interface NamedRange {
    readonly name: string;
    readonly set: IpSet;
    /** The CIDRs as given, for messages. */
    readonly cidrs: readonly string[];
}
/**
 * The instance metadata services: 169.254.169.254 (AWS, GCP, Azure, OpenStack and most others) and
 * AWS's IPv6 endpoint fd00:ec2::254. A pod that reaches them can usually read the node's cloud credentials.
 */
export declare const METADATA: NamedRange;
/**
 * Addresses that are not on the internet: "this network", RFC 1918 private ranges, shared address
 * space (RFC 6598), loopback, link-local, multicast and reserved (IPv4); unspecified, loopback,
 * IPv4-mapped, unique-local, link-local and multicast (IPv6). Documentation ranges
 * (203.0.113.0/24...) count as internet: manifests use them as stand-ins for public addresses.
 */
export declare const PRIVATE: NamedRange;
/** Every address except the private ones. */
export declare const INTERNET: NamedRange;
export declare const BUILTIN_RANGES: readonly NamedRange[];
/** Parses `--cidr name=CIDR[,CIDR...]`; undefined with a reason on bad input. */
export declare function parseNamedRange(text: string): NamedRange | {
    error: string;
};
