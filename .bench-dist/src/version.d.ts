/** Kept in step with package.json by test/version.test.ts. */
export declare const VERSION = "0.1.0";
