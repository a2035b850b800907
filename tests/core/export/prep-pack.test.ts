import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPrepPack, prepPackSummary, type PrepPackOptions } from '../../../src/core/export';
import type { Bank } from '../../../src/core/model/schema';
import { docxPart, xmllint } from './docx-tools';
import { ALL_SECTIONS, packOptions, sampleBank } from './sample-bank';

async function xmlOf(bank: Bank, options: Partial<PrepPackOptions> = {}) {
  const bytes = await buildPrepPack(bank, packOptions(options));
  return { xml: docxPart(bytes), bytes };
}

/** The visible text of each paragraph with the given style. */
function styled(xml: string, style: string): string[] {
  const paragraphs = xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
  return paragraphs
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

const sections = (on: Partial<typeof ALL_SECTIONS>) =>
  ({
    ...Object.fromEntries(Object.keys(ALL_SECTIONS).map((k) => [k, false])),
    ...on,
  }) as typeof ALL_SECTIONS;

describe('buildPrepPack', () => {
  it('writes real headings: sections, story titles; the STAR parts labelled in the margin', async () => {
    const { xml } = await xmlOf(sampleBank());
    expect(xmllint(xml).ok).toBe(true);
    expect(styled(xml, 'Heading1')).toEqual([
      'Coverage matrix',
      'Cheat sheet',
      'Story cards',
      'Question bank',
    ]);
    const titles = styled(xml, 'Heading2');
    for (const title of [
      'Rescued the billing migration',
      'Renegotiated the data vendor contract',
    ]) {
      expect(titles.filter((t) => t === title)).toHaveLength(1); // each story once
    }
    for (const label of ['SITUATION', 'TASK', 'ACTION', 'RESULT']) {
      expect(xml).toContain(`>${label}</w:t><w:tab/>`);
    }
    expect(xml).toContain('Also for: ');
    expect(xml).toContain('Deliver Results, Dive Deep'); // primary first, then secondary
  });

  it('never includes trashed stories; ready-only and chosen ids narrow the stories', async () => {
    const all = (await xmlOf(sampleBank())).xml;
    expect(all).not.toContain('A trashed story nobody should see');
    const ready = (await xmlOf(sampleBank(), { stories: 'ready' })).xml;
    expect(ready).toContain('Rescued the billing migration');
    expect(ready).not.toContain('Disagreed with the VP on pricing tiers');
    expect(ready).not.toContain('Stories: Not yet mapped');
    const chosen = (await xmlOf(sampleBank(), { stories: ['beta', 'trashed'] })).xml;
    expect(styled(chosen, 'Heading2').filter((t) => t.startsWith('Killed'))).toHaveLength(1);
    expect(chosen).not.toContain('Rescued the billing migration');
    expect(chosen).not.toContain('A trashed story nobody should see');
  });

  it('leaves out sections turned off, and starts a page only between sections', async () => {
    const { xml } = await xmlOf(sampleBank(), {
      sections: sections({ cheatSheet: true, questionBank: true }),
    });
    expect(styled(xml, 'Heading1')).toEqual(['Cheat sheet', 'Question bank']);
    expect(xml).not.toContain('Interview prep pack');
    expect(xml).not.toContain('TOC \\h');
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    // The first paragraph of the body does not break the page: no blank first page.
    expect(/<w:body><w:p><w:pPr>(?:(?!<\/w:pPr>).)*<w:pageBreakBefore\/>/.test(xml)).toBe(false);
  });

  it('leaves out a section with nothing in it, with its contents entry', async () => {
    const bank = sampleBank();
    bank.stories = [];
    bank.principleSets[0]!.principles.forEach((p) => (p.questions = []));
    const options = packOptions();
    expect(prepPackSummary(bank, options).sections).toEqual(['Cover', 'Coverage matrix']);
    const { xml } = await xmlOf(bank);
    expect(styled(xml, 'Heading1')).toEqual(['Coverage matrix']);
    expect(xml).not.toContain('Cheat sheet');
  });

  it('still writes a valid document when nothing is left to print', async () => {
    const { xml } = await xmlOf(sampleBank(), { sections: sections({}) });
    expect(xmllint(xml).ok).toBe(true);
    expect(xml).toContain('Nothing to print');
  });

  it('has a contents field over headings 1–2 that Word updates on open, and page numbers', async () => {
    const { xml, bytes } = await xmlOf(sampleBank());
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(docxPart(bytes, 'word/settings.xml')).toContain('<w:updateFields/>');
    const footer = docxPart(bytes, 'word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Jordan Rivera · prep pack');
  });

  it('sets A4 or Letter from the settings', async () => {
    const bank = sampleBank();
    expect((await xmlOf(bank)).xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    bank.settings.paperSize = 'letter';
    expect((await xmlOf(bank)).xml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('turns line feeds into breaks, blank lines into paragraphs and tabs into tabs', async () => {
    const bank = sampleBank();
    Object.assign(bank.stories[0]!, { situation: 'one\ntwo\r\nthree\n\n \nfour\tfive' });
    const { xml } = await xmlOf(bank, { sections: sections({ storyCards: true }) });
    expect(xml).toMatch(
      /<w:t xml:space="preserve">one<\/w:t><\/w:r><w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:br\/><w:t xml:space="preserve">two<\/w:t>/,
    );
    expect(xml).toMatch(/<w:br\/><w:t xml:space="preserve">three<\/w:t><\/w:r><\/w:p><w:p>/);
    expect(xml).toContain(
      '<w:t xml:space="preserve">four</w:t><w:tab/><w:t xml:space="preserve">five</w:t>',
    );
    expect(/<w:t[^>]*>[^<]*[\t\n\r][^<]*<\/w:t>/.test(xml)).toBe(false);
  });

  it('lays out right-to-left paragraphs from the right', async () => {
    const bank = sampleBank();
    bank.stories[0]!.result = 'قدت فريقًا من خمسة مهندسين';
    const { xml } = await xmlOf(bank, { sections: sections({ storyCards: true }) });
    expect(xml).toMatch(/<w:bidi\/>(?:(?!<w:p>).)*قدت فريقًا/);
  });

  it('masks confidential terms in every story string when asked', async () => {
    const plain = (await xmlOf(sampleBank())).xml;
    expect(plain).toContain('Acme Corp.');
    const masked = (await xmlOf(sampleBank(), { redact: true })).xml;
    expect(masked).not.toMatch(/Acme Corp\.|\$4\.2M/);
    expect(masked).toContain('[redacted]');
  });

  it('draws the matrix as a grid up to 30 stories, landscape past 15, then lists titles', async () => {
    const few = await buildPrepPack(
      sampleBank(),
      packOptions({ sections: sections({ matrix: true }) }),
    );
    const fewXml = docxPart(few);
    expect(fewXml).toContain('P = told as primary');
    expect(fewXml).toContain('>Gap<');
    expect(fewXml).toContain('>Thin<');
    expect(fewXml).toContain('>Covered<');
    expect(fewXml).toContain('w:fill="F8D4D4"'); // gap shading, with the word beside it
    expect(fewXml).not.toContain('w:orient="landscape"');
    const withCopies = (n: number) => {
      const bank = sampleBank();
      for (let i = 0; i < n; i++) {
        bank.stories.push({ ...bank.stories[0]!, id: `copy-${i}`, title: `Copy ${i}` });
      }
      return bank;
    };
    // 7 live stories + 23 copies = 30 columns: a landscape section of its own.
    const wide = docxPart(
      await buildPrepPack(withCopies(23), packOptions({ sections: sections({ matrix: true }) })),
    );
    expect(wide).toContain('w:orient="landscape"');
    expect(wide).toContain('>30<');
    const pack = docxPart(await buildPrepPack(withCopies(23), packOptions()));
    expect(pack.match(/<w:sectPr>/g)).toHaveLength(3); // cover | matrix landscape | the rest
    const many = docxPart(
      await buildPrepPack(withCopies(24), packOptions({ sections: sections({ matrix: true }) })),
    );
    expect(many).not.toContain('P = told as primary');
    expect(many).toContain('>Stories<');
    expect(many).not.toContain('w:orient="landscape"');
  });

  it('starts each story card on a new page, headline first, numbers of the Result in bold', async () => {
    const { xml } = await xmlOf(sampleBank(), { sections: sections({ storyCards: true }) });
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(6); // 7 live stories
    const billing = xml.slice(xml.indexOf('>Rescued the billing migration<'));
    expect(billing.indexOf('Took over a slipping billing')).toBeLessThan(
      billing.indexOf('>SITUATION<'),
    );
    expect(billing).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*>40,000<\/w:t>/);
    expect(billing).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*>\$4\.2M<\/w:t>/);
    expect(billing).toContain('>Q</w:t><w:tab/>');
    expect(billing).toContain('What would you do differently?');
  });

  it('ends a card with its open checks unless turned off, masked like the rest', async () => {
    const bank = sampleBank();
    bank.stories[0]!.result = 'Acme Corp. was happy.';
    const on = (await xmlOf(bank, { sections: sections({ storyCards: true }), redact: true })).xml;
    expect(on).toContain('Still to fix');
    expect(on).toContain('Result is measurable: Your Metrics note has numbers');
    expect(on).not.toContain('Acme Corp.');
    const off = (await xmlOf(bank, { sections: sections({ storyCards: true }), stillToFix: false }))
      .xml;
    expect(off).not.toContain('Still to fix');
  });

  it('names the coming loop and its date on the cover even without its plan', async () => {
    const bank = sampleBank();
    bank.loops = [
      {
        id: 'past',
        name: 'Old loop',
        company: '',
        role: '',
        at: '2026-01-10T09:00',
        setId: 'amazon-lp',
        rounds: [],
        pins: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      {
        id: 'next',
        name: 'Seattle onsite',
        company: 'Amazon',
        role: '',
        at: '2026-03-20T09:30',
        setId: 'amazon-lp',
        rounds: [],
        pins: [],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ];
    const { xml } = await xmlOf(bank, { sections: sections({ cover: true, cheatSheet: true }) });
    expect(xml).toContain('For Seattle onsite · 20 March 2026, 09:30');
    expect(xml).not.toContain('Old loop');
    expect(xml).toContain('Senior Product Manager at Amazon');
    expect(xml).toMatch(/Coverage: \d+ of 16 covered, \d+ thin, \d+ gaps?\./);
  });
});

describe('prepPackSummary', () => {
  it('tells the Export view what will be written', () => {
    const summary = prepPackSummary(sampleBank(), packOptions({ stories: 'ready' }));
    expect(summary).toMatchObject({
      storyCount: 5,
      principleCount: 16,
      sections: ['Cover', 'Coverage matrix', 'Cheat sheet', 'Story cards', 'Question bank'],
      fileName: 'Storybank prep pack 2026-03-14.docx',
    });
    expect(summary.confidentialMatches.map((m) => m.term).sort()).toEqual([
      '$4.2M',
      'Acme Corp.',
      'Acme Corp.',
    ]);
  });
});

describe('the one door for text', () => {
  it('only text-runs.ts makes TextRuns or passes raw text to docx', () => {
    const dir = join(__dirname, '../../../src/core/export');
    for (const file of readdirSync(dir).filter((f) => !['text-runs.ts', 'styles.ts'].includes(f))) {
      const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/new TextRun\(|\btext:\s(?!string\b)/);
    }
  });
});
