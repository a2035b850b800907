import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// docx 9.15 zips with fflate (it no longer uses jszip), so fflate is always installed with it.
import { strFromU8, unzipSync } from 'fflate';

/** One part of a .docx, such as "word/document.xml", as text. */
export function docxPart(bytes: Uint8Array, part = 'word/document.xml'): string {
  const files = unzipSync(bytes, { filter: (file) => file.name === part });
  const data = files[part];
  if (!data) throw new Error(`${part} is not in the package`);
  return strFromU8(data);
}

/** xmllint's verdict on a document: it checks character ranges, which JS parsers skip. */
export function xmllint(xml: string): { ok: boolean; errors: string } {
  const result = spawnSync('xmllint', ['--noout', '-'], {
    input: xml,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, errors: result.stderr.slice(0, 2000) };
}

/** Escapes text for an XML text node, as docx does. */
export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Converts .docx files to PDF in one LibreOffice run (one start-up for all). LibreOffice exits
 * 0 even when it cannot read a file, so callers check the PDFs; a private profile keeps
 * parallel runs from fighting over one.
 */
export function convertToPdf(files: readonly string[], outDir: string): void {
  const profile = join(tmpdir(), `lo-profile-${randomUUID()}`);
  try {
    const result = spawnSync(
      'libreoffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 150_000 },
    );
    if (result.error) throw result.error;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

/** The PDF's text with all white space folded to single spaces, for searching. */
export const pdfText = (pdf: string) => run('pdftotext', [pdf, '-']).replace(/\s+/g, ' ');

/** pdfinfo's "Page size" line, e.g. "612 x 792 pts (letter)". */
export const pdfPageSize = (pdf: string) =>
  /Page size:\s*(.*)/.exec(run('pdfinfo', [pdf]))?.[1] ?? '';

/** The first pages as PNGs, to look at: pdftoppm names them <prefix>-1.png, <prefix>-2.png… */
export function renderPages(pdf: string, prefix: string, pages = 4): void {
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), pdf, prefix]);
}

/** The PDF's text page by page (pdftotext ends each page with a form feed). */
export const pdfPages = (pdf: string) =>
  run('pdftotext', ['-layout', pdf, '-'])
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' ').trim());

/** Every page as a PNG at 60 dpi: <prefix>-01.png, <prefix>-02.png… */
export function renderAllPages(pdf: string, prefix: string): void {
  run('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
}
