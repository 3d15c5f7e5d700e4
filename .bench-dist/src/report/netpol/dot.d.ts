import type { Workload } from '../../analysis/netpol/model.js';
import { type Connection } from '../../analysis/netpol/map.js';
/**
 * Graphviz DOT: one cluster per namespace holding its workloads (every workload, connected or not),
 * external ranges as ellipses, one edge per connection labelled with its ports.
 */
export declare function renderMapDot(workloads: readonly Workload[], connections: Iterable<Connection>): string;
