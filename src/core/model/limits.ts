/**
 * The bank's limits, in one place: the schema enforces them, handlers check them before a
 * change with words that name them, and forms read them for their maxLength.
 */

/** One story field may hold about ten pages of text; beyond that it is a paste gone wrong. */
export const MAX_FIELD_CHARS = 20_000;
/** One request to the contract; a whole story at its limits stays well under it. */
export const MAX_REQUEST_BYTES = 1_000_000;
/** How deeply a request may nest; a whole bank is about eight levels deep. */
export const MAX_REQUEST_DEPTH = 64;

export const MAX_ID_CHARS = 100;
export const MAX_SETS = 100;
export const MAX_PRINCIPLES_PER_SET = 100;
export const MAX_QUESTIONS_PER_PRINCIPLE = 200;
export const MAX_MAPPINGS_PER_STORY = 100;
export const MAX_FOLLOW_UPS = 100;
export const MAX_TAGS = 50;
export const MAX_TARGET_QUESTIONS = 20;
export const MAX_DISMISSED_CHECKS = 100;
export const MAX_CONFIDENTIAL_TERMS = 200;

export const MAX_SET_NAME_CHARS = 120;
export const MAX_PRINCIPLE_NAME_CHARS = 120;
export const MAX_DESCRIPTION_CHARS = 2_000;
export const MAX_QUESTION_CHARS = 1_000;
export const MAX_TITLE_CHARS = 200;
export const MAX_HEADLINE_CHARS = 400;
export const MAX_DETAIL_CHARS = 200;
export const MAX_TAG_CHARS = 60;

export const MAX_LOOPS = 200;
export const MAX_ROUNDS = 10;
export const MAX_PRINCIPLES_PER_ROUND = 4;
export const MAX_PINS = 100;

/** Ten years of several rehearsals a day. */
export const MAX_PRACTICE_ENTRIES = 100_000;
export const MAX_PRACTICE_NOTE_CHARS = 2_000;
/** One recording: 15 minutes of speech at the browser's usual bit rate fits easily. */
export const MAX_RECORDING_BYTES = 12_000_000;
