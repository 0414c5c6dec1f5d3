/**
 * Small programs for the lifecycle rules, and scans with a profile selected
 * the way a `.preflight.yaml` selects it.
 */
import { makeConfig, type Profile } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { TEST_SCAN_DATE, writeProject } from '../../helpers.js';

export const PULUMI_PY = 'name: test\nruntime: python\n';

/** Scans `files` with the given profile (or none) and every rule. */
export function scanWithProfile(files: Record<string, string>, profile?: Profile) {
  const dir = writeProject(files);
  return scan([dir], { config: makeConfig({ profile }), cwd: dir, date: TEST_SCAN_DATE });
}
