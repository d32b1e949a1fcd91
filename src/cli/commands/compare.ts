// `ce-plan compare`: arrives with issue #6.
import { UsageError } from '../../core/errors.js';
import type { Io } from '../io.js';

export async function run(_io: Io, ..._args: unknown[]): Promise<number> {
  throw new UsageError('`ce-plan compare` is not built yet (issue #6); see the README for what works today');
}
