/** One story field may hold about ten pages of text; beyond that it is a paste gone wrong. */
export const MAX_FIELD_CHARS = 20_000;
/** One request to the contract; a whole story at its limits stays well under it. */
export const MAX_REQUEST_BYTES = 1_000_000;
