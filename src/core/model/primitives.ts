import { z } from 'zod';
import { MAX_FIELD_CHARS, MAX_ID_CHARS } from './limits';

/** The building blocks every schema of the bank shares. */
export const IdSchema = z.string().min(1).max(MAX_ID_CHARS);
export const longText = z.string().max(MAX_FIELD_CHARS);
export const shortText = (max: number) => z.string().trim().max(max);
export const timestamp = z.iso.datetime({ offset: true });
