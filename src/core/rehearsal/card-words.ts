import type { CardKind } from '../model/practice-schema';
import { formatDuration } from '../quality/text';
import type { Band } from './timing';

/** How each kind of card is named on screen, and what it asks of the person. */
export function cardTitle(kind: CardKind, band: Band): string {
  switch (kind) {
    case 'question':
      return 'Question';
    case 'story':
      return `Tell it in about ${formatDuration(band.ideal)}`;
    case 'short-90':
      return 'The 90-second version';
    case 'short-30':
      return 'The 30-second version';
    case 'follow-ups':
      return 'Follow-up drill';
  }
}

export const CARD_HINT: Record<CardKind, string> = {
  question: 'Choose the story yourself and tell it aloud, then reveal the one planned for it.',
  story: 'Tell the whole story aloud without reading it. Mark each part as you reach it.',
  'short-90': 'The headline, what you did, and the result. Leave the detail for follow-ups.',
  'short-30': 'One breath: what happened, what you did, what changed.',
  'follow-ups': 'Answer each question aloud, briefly, as you would in the room.',
};

/** A kind of card in a list of rehearsals. */
export const CARD_TITLES: Record<CardKind, string> = {
  question: 'Question',
  story: 'Full story',
  'short-90': '90-second version',
  'short-30': '30-second version',
  'follow-ups': 'Follow-up drill',
};
