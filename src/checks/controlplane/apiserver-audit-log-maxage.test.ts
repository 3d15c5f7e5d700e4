import check from './apiserver-audit-log-maxage.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';

testCheck(check, {
  pass: [
    { name: 'set as recommended', yaml: kubeApiServer() },
    { name: 'no audit log file, flag set anyway', yaml: kubeApiServer({ 'audit-log-path': null }) },
  ],
  fail: [
    { name: 'no audit log file: nothing to rotate, but CIS fails the flag', yaml: kubeApiServer({ 'audit-log-path': null, 'audit-log-maxage': null }), findings: [{ severity: 'info', message: 'writes no audit log file and --audit-log-maxage is not set' }] },
    { name: 'not set', yaml: kubeApiServer({ 'audit-log-maxage': null }), findings: [{ message: '--audit-log-maxage is not set' }] },
    { name: 'too small', yaml: kubeApiServer({ 'audit-log-maxage': '15' }), findings: [{ message: '--audit-log-maxage is 15' }] },
  ],
});
