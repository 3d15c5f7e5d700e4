import check from './pki-certificate-permissions.js';
import { testCheck } from '../testing.js';
import { bundle } from './bundle-fixtures.js';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { DEFAULT_CONFIG } from '../../config.js';

testCheck(check, {
  pass: [
    { name: 'as recommended', yaml: bundle('pki-certificate', { mode: '0644' }) },
    { name: 'stricter', yaml: bundle('pki-certificate', { mode: '0400' }) },
    { name: 'other files are not this check\'s business', yaml: bundle('token-file', { mode: '0666', user: 'ubuntu', group: 'ubuntu' }) },
  ],
  fail: [
    { name: 'too open', yaml: bundle('pki-certificate', { mode: '0666' }), findings: [{ message: 'has mode 0666' }] },
  ],
});

describe('node.pki-certificate-permissions follows the benchmark version', () => {
  it('644 passes v1.11 and later, fails v1.10 and earlier', () => {
    const inv = loadText(bundle('pki-certificate', { mode: '0644' }), 'rampart-node.json');
    assert.equal(scan(inv, { registry: [check], config: { ...DEFAULT_CONFIG, cisVersion: '1.12' } }).findings.length, 0);
    const old = scan(inv, { registry: [check], config: { ...DEFAULT_CONFIG, cisVersion: '1.10' } }).findings;
    assert.equal(old.length, 1);
    assert.deepEqual(old[0].references.cis, ['1.1.20']);
  });
});
