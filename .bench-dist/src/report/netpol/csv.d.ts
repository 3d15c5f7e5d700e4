import type { Connection } from '../../analysis/netpol/map.js';
/** `src,dst,ports,src_names,dst_names`: one row per connection; ports as in the table (`all`, `TCP 80,443; UDP 53`). */
export declare function renderMapCsv(connections: Iterable<Connection>): string;
