/** A mistake in the command line or its arguments: one line on stderr, exit 2. */
export class UsageError extends Error {}
