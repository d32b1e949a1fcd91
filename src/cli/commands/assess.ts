// `ce-plan assess`: arrives with issue #4.
import { UsageError } from '../../core/errors.js';
import type { Io } from '../io.js';

export async function run(_io: Io, ..._args: unknown[]): Promise<number> {
  throw new UsageError('`ce-plan assess` is not built yet (issue #4); see the README for what works today');
}
