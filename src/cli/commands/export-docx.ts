import { buildPrepPack, PACK_SECTIONS_ALL } from '../../core/export';
import type { Bank } from '../../core/model/schema';
import { writeFileDurably } from '../../core/store/files';

/** The whole prep pack, every section, as the Export view's defaults make it (masked too). */
export async function exportDocx(
  bank: Bank,
  options: { setId: string; readyOnly: boolean; redact: boolean; path: string; today: Date },
): Promise<void> {
  const bytes = await buildPrepPack(bank, {
    setId: options.setId,
    stories: options.readyOnly ? 'ready' : 'all',
    sections: PACK_SECTIONS_ALL,
    redact: options.redact,
    today: options.today,
  });
  await writeFileDurably(options.path, bytes);
}
