import { compileCondition } from './dist/src/audit/cel.js';
const v = { requestObject: { metadata: { labels: { a: null, b: 'x' } } } };
for (const e of ['"a" in requestObject.metadata.labels', 'requestObject.metadata.labels["a"] == null', 'has(requestObject.metadata.labels.a)', 'requestObject.metadata.labels.a == null', 'type(requestObject) == map', 'requestObject.metadata.labels.exists(k, k == "a")'])
  console.log(e, compileCondition(e)(v));
