import { buildPrepPack } from '../../core/export';
import type { Bank } from '../../core/model/schema';
import { writeFileDurably } from '../../core/store/files';

/** The whole prep pack, every section, as the Export view's defaults make it. */
export async function exportDocx(
  bank: Bank,
  options: { setId: string; readyOnly: boolean; path: string; today: Date },
): Promise<void> {
  const bytes = await buildPrepPack(bank, {
    setId: options.setId,
    stories: options.readyOnly ? 'ready' : 'all',
    sections: { cover: true, matrix: true, cheatSheet: true, storyCards: true, questionBank: true },
    redact: false,
    today: options.today,
  });
  await writeFileDurably(options.path, bytes);
}
