import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/quality/text';

describe('countWords, the one count the editor, the checks and speaking time use', () => {
  it.each([
    ['', 0],
    ['Churn fell 12%, from 4.1% to 3.6% — I’m proud.', 9],
    ['follow-up on 40,000 accounts', 4],
    // Scripts whose letters carry combining signs: one word each, not one per sign.
    ['क्षत्रिय test', 2],
    ['nai\u0308ve ideas', 2],
    ['naïve ideas'.normalize('NFD'), 2],
    ['東京 launch', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
