/**
 * The set-aside copies beside the key file: listed with their age, read back for a restore, deleted.
 * A copy is named by its file name only; the name is checked again here (not only by the contract) and
 * resolved inside the key file's folder, so no other file can be read or deleted through it.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { SET_ASIDE_NAME, type SetAsideCopy } from '../../shared/set-aside';

export interface SetAsideCopies {
  list(): SetAsideCopy[];
  read(name: string): string;
  remove(name: string): void;
}

/** `keys.corrupt-2026-11-26T10-00-00-000Z.json` → `2026-11-26T10:00:00.000Z`. */
function stampOf(name: string): string {
  const [, date, h, m, sec, ms] = /corrupt-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name) ?? [];
  return `${date}T${h}:${m}:${sec}.${ms}Z`;
}

export function createSetAsideCopies(storeFile: string): SetAsideCopies {
  const dir = dirname(storeFile);
  function pathOf(name: string): string {
    if (!SET_ASIDE_NAME.test(name) || basename(name) !== name)
      throw new AppError('invalid_input', 'That is not a set-aside copy of the key file.');
    return join(dir, name);
  }
  function missing(name: string): never {
    throw new AppError('not_found', `The copy ${name} is no longer there; the list has been refreshed.`);
  }
  return {
    list() {
      let names: string[];
      try {
        names = readdirSync(dir).filter((n) => SET_ASIDE_NAME.test(n));
      } catch {
        return []; // no data folder yet: no copies
      }
      return names
        .map((name) => ({ name, setAsideAt: stampOf(name), bytes: statSync(join(dir, name)).size }))
        .sort((a, b) => b.setAsideAt.localeCompare(a.setAsideAt));
    },
    read(name) {
      try {
        return readFileSync(pathOf(name), 'utf8');
      } catch (error) {
        if (error instanceof AppError) throw error;
        return missing(name);
      }
    },
    remove(name) {
      const file = pathOf(name);
      try {
        statSync(file);
      } catch {
        missing(name);
      }
      rmSync(file);
    },
  };
}
