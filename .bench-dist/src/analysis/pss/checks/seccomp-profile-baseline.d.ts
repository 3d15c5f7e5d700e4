import type { CheckDefinition } from '../check.js';
export declare const ANNOTATION_KEY_POD = "seccomp.security.alpha.kubernetes.io/pod";
export declare const ANNOTATION_KEY_CONTAINER_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
export declare function validSeccomp(type: string): boolean;
export declare const seccompProfileBaseline: CheckDefinition;
