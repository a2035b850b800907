/** The prep-pack exporter: Node-only (docx's Packer.toBuffer), never imported by the renderer. */
export { buildPrepPack, prepPackFileName, prepPackSummary } from './prep-pack';
export type { PrepPackSummary } from './summary';
export {
  PACK_SECTIONS_ALL,
  SECTION_TITLES,
  type PrepPackOptions,
  type SectionKey,
} from './pack-content';
export {
  REDACTED,
  findConfidential,
  redact,
  storiesForExport,
  type ConfidentialMatch,
  type StoryTextField,
} from './redaction';
export { xmlSafe } from './text-safety';
