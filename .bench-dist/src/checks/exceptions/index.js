import annotationNotPermitted from './annotation-not-permitted.js';
import expired from './expired.js';
import stale from './stale.js';
/** Checks on the waivers themselves (exceptions and annotations), in id order. */
export const EXCEPTIONS_CHECKS = [annotationNotPermitted, expired, stale];
//# sourceMappingURL=index.js.map