/**
 * What may reach word/document.xml. docx 9.15 escapes markup and drops C0 controls, but it
 * keeps U+FFFE/U+FFFF, which make the XML invalid: Word then reports the file as damaged and
 * LibreOffice refuses it (while exiting 0). Everything a person typed passes through here.
 */

/** Each plane's last two code points (U+1FFFE, U+1FFFF … U+10FFFF): noncharacters. */
const PLANE_NONCHARACTERS = Array.from({ length: 16 }, (_, i) => {
  const plane = (i + 1).toString(16).toUpperCase();
  return `\\u{${plane}FFFE}\\u{${plane}FFFF}`;
}).join('');

/**
 * Removed: C0 controls but tab, line feed and carriage return (not XML characters at all);
 * DEL and the C1 controls (legal XML, but never text: they come from mis-decoded pastes and
 * print as boxes); the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in every plane.
 */
const UNWANTED = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${PLANE_NONCHARACTERS}]`,
  'gu',
);

/**
 * Any code unit that might need work (surrogates included, paired or not). Without the u flag
 * this scan is several times faster than the two above, and most text has none of these.
 */
const SUSPECT = new RegExp(
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]',
);

/** With the u flag a surrogate matches only when it has no partner: a lone half. */
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * Text fit for a Word document: keeps emoji, right-to-left scripts and combining marks; lone
 * surrogates (half an emoji, cut by a bad paste) become U+FFFD so the reader sees that
 * something was there.
 */
export function xmlSafe(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(UNWANTED, '');
}

const RTL_SCRIPTS =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/**
 * Whether a paragraph reads right to left: its first letter decides, as the Unicode
 * bidirectional algorithm does (rule P2), so an Arabic answer starts at the right margin.
 */
export function startsRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text);
  return first !== null && RTL_SCRIPTS.test(first[0]);
}
