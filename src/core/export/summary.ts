import type { ConfidentialMatch } from './redaction';

/** What the Export view shows before anything is written; free of docx, so the UI can import it. */
export interface PrepPackSummary {
  storyCount: number;
  principleCount: number;
  /** Titles of the sections the pack will hold; empty ones are left out. */
  sections: string[];
  /** Confidential terms found in the chosen stories, whether or not the pack masks them. */
  confidentialMatches: ConfidentialMatch[];
  fileName: string;
}
