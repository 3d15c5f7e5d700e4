import { resultDocument } from './document.js';
import { collect, jsonChunks } from './stream.js';
/** `-o json`: the documented contract (./document.ts), written as it is produced. */
export function* jsonReport(result) {
    yield* jsonChunks(resultDocument(result));
    yield '\n';
}
/** The whole JSON report as one string: for small results (tests, the library). */
export function renderJson(result) {
    return collect(jsonReport(result));
}
//# sourceMappingURL=json.js.map