export declare function generateCluster(seed: number): string;
