/**
 * The renderer's Content-Security-Policy, sent as a response header by the app's protocol.
 * src/renderer/index.html carries the same text in its meta tag (browser mode and the dev
 * server see only that); tests/main/csp.test.ts keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "media-src blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; " +
  "form-action 'none'; object-src 'none'";
