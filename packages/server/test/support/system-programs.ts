import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { findSoffice } from '../../src/modules/documents/convert-pdf.ts';

/**
 * Tests named *.system.test.ts need programs outside Node.js (`npm run test:system`; `npm test` leaves them out
 * so that it passes on a machine with only Node.js and npm). A missing program makes them fail, naming the Debian
 * package to install: a machine that cannot make PDFs must not pass quietly by skipping.
 */

const INSTALL =
  'apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation';

/** LibreOffice's executable, found as the app finds it (SOFFICE_PATH, PATH, then the usual install places). */
export async function requireSoffice(): Promise<string> {
  const soffice = await findSoffice(process.env);
  if (!soffice) {
    throw new Error(
      `LibreOffice is needed by this system test and was not found: ${INSTALL} (or set SOFFICE_PATH)`,
    );
  }
  return soffice;
}

async function onPath(name: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '')) {
    try {
      await access(path.join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** pdftotext and pdfinfo (poppler-utils), which read the PDFs back. */
export async function requirePoppler(): Promise<void> {
  const missing: string[] = [];
  for (const name of ['pdftotext', 'pdfinfo']) if (!(await onPath(name))) missing.push(name);
  if (missing.length > 0) {
    throw new Error(`${missing.join(' and ')} (poppler-utils) needed by this system test: ${INSTALL}`);
  }
}
