import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * PDF is made by LibreOffice from the DOCX, so the PDF is laid out from the very file users download and the two
 * cannot drift apart. LibreOffice is an external program: these functions find it, run it in isolation and
 * report plainly (in English, for developers) when it is missing or fails; callers map that to Vietnamese.
 */

const CANDIDATE_NAMES = ['soffice', 'libreoffice'];

/** Where LibreOffice is found outside PATH (Debian/Ubuntu, the official tarball, macOS). */
const KNOWN_LOCATIONS = [
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The LibreOffice executable: `SOFFICE_PATH` when set (it must exist), else `soffice` or `libreoffice` on PATH,
 * else a well-known install location; null when there is none.
 */
export async function findSoffice(env: { SOFFICE_PATH?: string; PATH?: string }): Promise<string | null> {
  // The values come from config/env.ts (the one reader of process.env); tests pass their own.
  const configured = env.SOFFICE_PATH?.trim();
  if (configured) return (await isExecutable(configured)) ? configured : null;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const name of CANDIDATE_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (await isExecutable(file)) return file;
    }
  }
  for (const file of KNOWN_LOCATIONS) {
    if (await isExecutable(file)) return file;
  }
  return null;
}

export type ConvertOptions = {
  /** How long LibreOffice may take before it is killed; 120 s by default (a cold start alone takes ~5–10 s). */
  timeoutMs?: number;
  /** The executable to run, as found by findSoffice(). */
  sofficePath: string;
};

/**
 * Converts a DOCX to PDF with LibreOffice. Each call runs in its own temporary directory with its own LibreOffice
 * profile: a shared profile is locked by the first instance, so concurrent conversions would otherwise fail or
 * hand their work to each other.
 */
export async function convertToPdf(
  input: Buffer,
  fileBase: string,
  options: ConvertOptions,
): Promise<Buffer> {
  const soffice = options.sofficePath;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const workDir = await mkdtemp(path.join(tmpdir(), 'xaso-pdf-'));
  try {
    const profileDir = path.join(workDir, 'profile');
    const outDir = path.join(workDir, 'out');
    await mkdir(outDir);
    const base = safeFileBase(fileBase);
    const source = path.join(workDir, `${base}.docx`);
    await writeFile(source, input);
    const args = [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      source,
    ];
    const { stdout, stderr } = await run(soffice, args, timeoutMs);
    const target = path.join(outDir, `${base}.pdf`);
    try {
      return await readFile(target);
    } catch {
      // soffice exits 0 even when it could not load or export the file; its output says why.
      throw new Error(
        `LibreOffice did not produce a PDF for "${base}.docx". stdout: ${stdout.trim() || '(empty)'}; stderr: ${stderr.trim() || '(empty)'}`,
      );
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * An ASCII file name: LibreOffice turns paths into URLs and, under a C locale, cannot open non-ASCII names. The
 * name only matters inside the temporary directory.
 */
function safeFileBase(fileBase: string): string {
  const ascii = fileBase
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+|_+$/g, '')
    .slice(0, 100);
  return ascii === '' ? 'document' : ascii;
}

/**
 * Runs a program without a shell. LibreOffice's launcher starts soffice.bin as a child, so on timeout the whole
 * process group is killed, not just the launcher, or soffice.bin would live on holding the profile. That needs
 * `detached` (its own process group), which spawn takes and execFile silently drops.
 */
function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`LibreOffice could not be started from "${file}": ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new Error(`LibreOffice did not finish converting within ${timeoutMs} ms and was stopped`));
      } else if (code !== 0) {
        reject(
          new Error(
            `LibreOffice exited with ${code === null ? `signal ${signal}` : `code ${code}`}. stderr: ${stderr.trim() || '(empty)'}`,
          ),
        );
      } else {
        resolve({ stdout, stderr });
      }
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * The number of pages of a PDF, by counting its page objects ("/Type /Page", not "/Pages"). Reliable for the PDFs
 * LibreOffice writes, which keep page dictionaries as plain objects (no compressed object streams); a PDF that
 * packs them into object streams would count 0 here.
 */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
