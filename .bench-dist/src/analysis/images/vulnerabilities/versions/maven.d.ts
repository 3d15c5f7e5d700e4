type Item = IntItem | StringItem | ListItem;
interface IntItem {
    readonly type: 'int';
    readonly value: bigint;
}
interface StringItem {
    readonly type: 'string';
    readonly value: string;
}
interface ListItem {
    readonly type: 'list';
    readonly items: Item[];
}
/** ComparableVersion.parseVersion. */
export declare function parseMavenVersion(version: string): ListItem;
/** The canonical form Maven prints (ListItem.toString), for messages and tests. */
export declare function canonicalMavenVersion(version: string): string;
/** ComparableVersion.compareTo: negative, zero or positive. */
export declare function compareMaven(a: string, b: string): number;
export {};
