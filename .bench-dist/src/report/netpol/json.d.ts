import { type Connection } from '../../analysis/netpol/map.js';
/**
 * `rampart netpol map -o json`, the machine contract:
 * `{"connections":[{"src":<endpoint>,"dst":<endpoint>,"ports":"all" | [{"protocol","from","to"}]}]}`,
 * a workload endpoint being `{"kind","namespace","name"}` and an external one `{"ipRange":"first-last","cidrs":[...]}`.
 * One connection per line, in the map's order, so the output diffs and greps well.
 */
export declare function renderMapJson(connections: Iterable<Connection>): string;
