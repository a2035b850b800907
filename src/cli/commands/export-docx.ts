import { buildPrepPack, PACK_SECTIONS_ALL } from '../../core/export';
import type { Bank } from '../../core/model/schema';
import { writeFileDurably } from '../../core/store/files';

/** The whole prep pack, every section, as the Export view's defaults make it (masked too). */
export async function exportDocx(
  bank: Bank,
  options: {
    setId: string;
    readyOnly: boolean;
    redact: boolean;
    /** End each story card with its open checks (the Export view's default). */
    stillToFix: boolean;
    path: string;
    today: Date;
  },
): Promise<void> {
  const bytes = await buildPrepPack(bank, {
    setId: options.setId,
    stories: options.readyOnly ? 'ready' : 'all',
    sections: PACK_SECTIONS_ALL,
    redact: options.redact,
    stillToFix: options.stillToFix,
    today: options.today,
  });
  await writeFileDurably(options.path, bytes);
}
