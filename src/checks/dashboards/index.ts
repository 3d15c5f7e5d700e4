import type { Check } from '../check.js';
import authenticationDisabled from './authentication-disabled.js';
import exposed from './exposed.js';
import insecureLogin from './insecure-login.js';
import powerfulServiceAccount from './powerful-service-account.js';
import skipLogin from './skip-login.js';

/** Dashboards and admin consoles (Kubernetes Dashboard and look-alikes), in id order; recognized by src/analysis/dashboards.ts. */
export const DASHBOARDS_CHECKS: readonly Check[] = [authenticationDisabled, exposed, insecureLogin, powerfulServiceAccount, skipLogin];
