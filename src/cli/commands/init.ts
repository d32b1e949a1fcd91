// `ce-plan init`: arrives with issue #5.
import { UsageError } from '../../core/errors.js';
import type { Io } from '../io.js';

export async function run(_io: Io, ..._args: unknown[]): Promise<number> {
  throw new UsageError('`ce-plan init` is not built yet (issue #5); see the README for what works today');
}
