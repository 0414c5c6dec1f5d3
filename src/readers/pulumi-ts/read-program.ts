/**
 * Pulumi TypeScript/JavaScript reader: not written yet (issue 3); reads no resources.
 */
import { emptyProgram, type Program } from '../../model/types.js';
import type { ReadInput } from '../reader.js';

export function readPulumiTypeScriptProgram(input: ReadInput): Program {
  const program = emptyProgram('pulumi-ts', input.root);
  program.files = input.files;
  return program;
}
