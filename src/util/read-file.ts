/**
 * The one way preflight reads a file it did not write in this run: sources,
 * `.gitignore`, configuration, baselines, caches. A repository is untrusted
 * input, and a FIFO would block `readFileSync` forever while a link to
 * `/dev/zero` would grow memory without bound; so the file is opened without
 * blocking, checked to be a regular file on the open descriptor (no race with
 * a swap between check and read), and read up to a size bound, never more.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Source files above this size are reported and skipped rather than parsed. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export class FileReadError extends Error {
  constructor(
    message: string,
    /** `too-large`, `not-a-file` or the system error code (`ENOENT`, `EACCES`...). */
    readonly reason: string,
  ) {
    super(message);
  }
}

export interface BoundedRead {
  /** Largest accepted size in bytes. */
  maxBytes: number;
  /** What the file is, for messages: `configuration`, `baseline`, `.gitignore`... */
  what?: string;
  /** How messages name the file, when not by `path` (e.g. as the user wrote it). */
  shown?: string;
}

/** Megabytes for messages, one decimal. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** The bytes of a regular file no larger than `maxBytes`; throws FileReadError otherwise. */
export function readBoundedFile(path: string, { maxBytes, what = 'file', shown = path }: BoundedRead): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new FileReadError(`cannot read ${what} ${shown}: ${code}`, code);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileReadError(`cannot read ${what} ${shown}: not a regular file`, 'not-a-file');
    if (stats.size > maxBytes)
      throw new FileReadError(
        `${what} ${shown} is ${megabytes(stats.size)}, above the ${megabytes(maxBytes)} limit`,
        'too-large',
      );
    // Read at most one byte past the bound, so a file that grows while read is still caught.
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes)
        throw new FileReadError(`${what} ${shown} is above the ${megabytes(maxBytes)} limit`, 'too-large');
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new FileReadError(`cannot read ${what} ${shown}: ${code}`, code);
  } finally {
    closeSync(fd);
  }
}

/** A bounded regular file decoded as UTF-8, without a leading byte-order mark. */
export function readBoundedText(path: string, options: BoundedRead): string {
  const text = readBoundedFile(path, options).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
