import check from './apiserver-admission-security-context-deny.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
import { DEFAULT_CONFIG } from '../../config.js';

const v18 = { config: { ...DEFAULT_CONFIG, cisVersion: '1.8' as const } };

testCheck(check, {
  pass: [
    { name: 'later benchmark versions do not have the recommendation', yaml: kubeApiServer() },
    { name: 'v1.9', yaml: kubeApiServer(), options: { config: { ...DEFAULT_CONFIG, cisVersion: '1.9' as const } } },
    { name: 'v1.8 with SecurityContextDeny', yaml: kubeApiServer({ 'enable-admission-plugins': 'NodeRestriction,SecurityContextDeny' }), options: v18 },
    { name: 'v1.8 with PodSecurityPolicy', yaml: kubeApiServer({ 'enable-admission-plugins': 'NodeRestriction,PodSecurityPolicy' }), options: v18 },
  ],
  fail: [
    { name: 'v1.8, neither plugin', yaml: kubeApiServer(), options: v18, findings: [{ message: 'enables neither SecurityContextDeny nor PodSecurityPolicy (CIS v1.8 1.2.12)' }] },
    { name: 'v1.8, enabled then disabled', yaml: kubeApiServer({ 'enable-admission-plugins': 'SecurityContextDeny', 'disable-admission-plugins': 'SecurityContextDeny' }), options: v18, findings: [{ severity: 'info' }] },
  ],
});
