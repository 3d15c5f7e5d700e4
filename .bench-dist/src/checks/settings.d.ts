import type { CheckSettings, ScanConfig } from '../config.js';
/**
 * The configuration's settings for one check: entries whose key is the check's id or a glob that
 * matches it, merged in file order (a later entry wins). Options come only from the exact id,
 * since a glob cannot know which options each check has.
 */
export declare function settingsFor(config: ScanConfig, checkId: string): CheckSettings;
