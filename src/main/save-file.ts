import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

/** The native save dialog for exports; resolves with the path written, or null if cancelled. */
export function saveFileWithDialog(getWindow: () => BrowserWindow | null) {
  return async (defaultName: string, bytes: Uint8Array): Promise<string | null> => {
    const options = {
      title: 'Save the prep pack',
      defaultPath: join(app.getPath('documents'), defaultName),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    };
    const window = getWindow();
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await writeFile(choice.filePath, bytes);
    return choice.filePath;
  };
}
