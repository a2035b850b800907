import type { Bank } from '../../core/model/schema';
import { StorybankError } from '../../core/errors';

/** Filled in once the prep-pack builder lands in src/core/export. */
export async function exportDocx(
  _bank: Bank,
  _options: { setId: string; readyOnly: boolean; path: string; today: Date },
): Promise<void> {
  throw new StorybankError('internal', 'The Word prep pack is not built yet.');
}
