import type { Workload } from '../../analysis/netpol/model.js';
import { type Connection } from '../../analysis/netpol/map.js';
/** A Mermaid flowchart: a subgraph per namespace, external ranges as stadiums, edges labelled with ports. */
export declare function renderMapMermaid(workloads: readonly Workload[], connections: Iterable<Connection>): string;
