import type { Connection } from '../../analysis/netpol/map.js';
import type { Style } from '../style.js';
/** Aligned columns SOURCE, DESTINATION, PORTS; a count at the end. */
export declare function renderMapTable(connections: Iterable<Connection>, st: Style): string;
