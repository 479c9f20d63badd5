import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_DIRECTORY } from '../../src/seed/run-seed';

/** A private copy of the real seed folder that a test may break. */
export function copyOfSeed(): { directory: string; append(file: string, line: string): number; replaceLine(file: string, line: number, text: string): void; remove(): void } {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ree-seed-'));
  for (const file of fs.readdirSync(SEED_DIRECTORY)) if (file.endsWith('.csv')) fs.copyFileSync(path.join(SEED_DIRECTORY, file), path.join(directory, file));
  return {
    directory,
    /** Appends a row; returns its line number. */
    append(file, line) {
      const target = path.join(directory, file);
      const content = fs.readFileSync(target, 'utf8');
      const text = content.endsWith('\n') ? content : `${content}\n`;
      fs.writeFileSync(target, `${text}${line}\n`);
      return text.split('\n').length;
    },
    replaceLine(file, line, text) {
      const target = path.join(directory, file);
      const lines = fs.readFileSync(target, 'utf8').split('\n');
      lines[line - 1] = text;
      fs.writeFileSync(target, lines.join('\n'));
    },
    remove() {
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
