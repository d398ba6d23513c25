import { readFileSync } from 'node:fs';

/** The bundled pack as built into dist/: tests compute expected figures from it. */
export function load(kind: string): any[] {
  return JSON.parse(readFileSync(`dist/data/${kind}.json`, 'utf8'));
}
