import { Document, Footer, Packer, PageOrientation, type FileChild } from 'docx';
import type { Bank } from '../model/schema';
import { cheatSheetSection } from './cheat-sheet';
import { coverSection } from './cover';
import { loopPlanSection } from './loop-plan';
import { matrixIsLandscape, matrixSection } from './matrix';
import {
  packContent,
  plannedSections,
  selectStories,
  SECTION_TITLES,
  type PackContent,
  type PrepPackOptions,
  type SectionKey,
} from './pack-content';
import { questionBankSection } from './question-bank';
import { findConfidential } from './redaction';
import type { PrepPackSummary } from './summary';
import { storyCardsSection } from './story-cards';
import { COLOR, SIZE, bulletNumbering, documentStyles } from './styles';
import { footerLine, line } from './text-runs';

const pad = (n: number) => String(n).padStart(2, '0');

/** "Storybank prep pack 2026-03-14.docx", from the person's own calendar day. */
export function prepPackFileName(today: Date): string {
  return `Storybank prep pack ${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.docx`;
}

/** What the Export view shows before anything is written. */
export function prepPackSummary(bank: Bank, options: PrepPackOptions): PrepPackSummary {
  const content = packContent(bank, { ...options, redact: false });
  return {
    storyCount: content.stories.length,
    principleCount: content.set.principles.length,
    sections: plannedSections(content, options).map((key) => SECTION_TITLES[key]),
    confidentialMatches: findConfidential(
      selectStories(bank, options.stories),
      bank.settings.confidentialTerms,
    ),
    fileName: prepPackFileName(options.today),
  };
}

type SectionBuilder = (content: PackContent, newPage: boolean) => FileChild[];

const BUILDERS: Record<Exclude<SectionKey, 'cover'>, SectionBuilder> = {
  loopPlan: loopPlanSection,
  matrix: matrixSection,
  cheatSheet: cheatSheetSection,
  storyCards: storyCardsSection,
  questionBank: questionBankSection,
};

/** A run of the pack on pages of one orientation: a Word section. */
interface Part {
  landscape: boolean;
  children: FileChild[];
}

/**
 * The pack's parts: the sections in order, each after the first on a new page (the first
 * never breaks, so no page is blank), and the coverage grid on landscape pages of its own
 * when its story columns need the width. A Word section starts its own page already.
 */
function parts(content: PackContent, sections: SectionKey[]): Part[] {
  if (sections.length === 0) {
    return [
      {
        landscape: false,
        children: [line('Nothing to print: choose at least one section that has content.')],
      },
    ];
  }
  const out: Part[] = [];
  for (const key of sections) {
    const landscape = key === 'matrix' && matrixIsLandscape(content);
    const last = out.at(-1);
    const join = last && !last.landscape && !landscape;
    const children =
      key === 'cover'
        ? coverSection(content, sections.length > 1)
        : BUILDERS[key](content, Boolean(join));
    if (join) last.children.push(...children);
    else out.push({ landscape, children });
  }
  return out;
}

function footer(content: PackContent, width: number): Footer {
  const who = content.settings.candidateName;
  const style = { size: SIZE.small, color: COLOR.muted };
  return new Footer({
    children: [footerLine(who ? `${who} · prep pack` : 'Prep pack', style, width)],
  });
}

/**
 * The Word prep pack for the night before a loop. Runs in Node (the main process or the
 * browser-mode server): Packer.toBuffer needs Buffer.
 */
export async function buildPrepPack(bank: Bank, options: PrepPackOptions): Promise<Uint8Array> {
  const content = packContent(bank, options);
  const sections = plannedSections(content, options);
  const { page } = content;
  const doc = new Document({
    creator: 'Storybank',
    title: 'Interview prep pack',
    styles: documentStyles(),
    numbering: bulletNumbering(),
    // Word fills in the contents' page numbers on open. Other readers (LibreOffice, phones)
    // show the entries docx writes from the headings, as links without numbers. docx/layout's
    // estimatePageNumbers would write them, but costs ~0.1 s of CPU per story card.
    features: { updateFields: true },
    sections: parts(content, sections).map(({ landscape, children }) => ({
      properties: {
        page: {
          size: {
            width: page.width,
            height: page.height,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: page.margin,
            bottom: page.margin,
            left: page.margin,
            right: page.margin,
            footer: 567,
          },
        },
      },
      footers: {
        default: footer(content, landscape ? page.height - 2 * page.margin : page.textWidth),
      },
      children,
    })),
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
