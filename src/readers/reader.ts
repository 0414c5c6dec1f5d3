/**
 * A reader turns the sources of one program into the program model. Readers
 * are the only code that knows a language's syntax.
 */
import type { SourceFile } from '../model/source.js';
import type { Framework, Program } from '../model/types.js';

export interface ReadInput {
  framework: Framework;
  /** Directory of the program, or the Markdown document it comes from. */
  root: string;
  /** The program's sources, already read (virtual files for Markdown code blocks). */
  files: SourceFile[];
  /**
   * Reads another file of the program on demand (a relative import, a handler
   * file, a `file()` argument); undefined when it does not exist or cannot be read.
   * Paths are resolved against `root` when relative.
   */
  readFile(path: string): SourceFile | undefined;
}

export type Reader = (input: ReadInput) => Program;
