import type { MapEndpoint } from '../../analysis/netpol/map.js';
/** How a person reads an endpoint: `Kind/namespace/name`, or the CIDR (or range) with its names. */
export declare function endpointLabel(e: MapEndpoint, withNames?: boolean): string;
