/**
 * The only module that touches `window.api` (a lint rule enforces it). Everything else imports `api`
 * from here, so the bridge can be swapped in one place and its type comes straight from the contract.
 */
import type { Api } from '../../../shared/ipc/api-shape';

declare global {
  interface Window {
    readonly api: Api;
  }
}

export const api: Api = window.api;
