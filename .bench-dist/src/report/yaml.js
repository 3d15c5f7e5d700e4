import { resultDocument } from './document.js';
import { collect, yamlChunks } from './stream.js';
/** `-o yaml`: the JSON contract, as YAML. */
export function yamlReport(result) {
    return yamlChunks(resultDocument(result));
}
export function renderYaml(result) {
    return collect(yamlReport(result));
}
//# sourceMappingURL=yaml.js.map