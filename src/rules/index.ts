/**
 * The rule registry: every rule preflight runs, in catalog order.
 */
import type { Rule } from './rule.js';

export const RULES: Rule[] = [];
