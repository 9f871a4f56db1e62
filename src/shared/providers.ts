/** Schemas for the provider catalog (main and the IPC contract); the data itself is in provider-catalog.ts. */
import { z } from 'zod';
import { linkTargets, providerIds } from './provider-catalog';

export * from './provider-catalog';

export const providerIdSchema = z.enum(providerIds);
export const linkTargetSchema = z.enum(linkTargets);
