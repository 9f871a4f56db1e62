/**
 * The only module that touches `window.api`, and only the stores import it (lint rules enforce both):
 * components and pages call store actions, so the bridge can be swapped in one place and its type
 * comes straight from the contract.
 */
import type { Api } from '../../../shared/ipc/api-shape';

declare global {
  interface Window {
    readonly api: Api;
  }
}

export const api: Api = window.api;
