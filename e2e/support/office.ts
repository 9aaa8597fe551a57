import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Exported XLSX and DOCX files as people open them: converted to PDF by LibreOffice headless
 * (Debian's libreoffice-calc-nogui and libreoffice-writer-nogui; `.ci/run` installs them), read
 * back with poppler's pdftotext, or rendered to PNG with pdftoppm for the docs.
 */

const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

let profile: string | null = null;

/**
 * A LibreOffice user profile of this process's own: two soffice runs on one profile (parallel
 * test runs, a developer's open LibreOffice) block or fail each other. Made on first use and
 * kept for the next conversions (making one takes seconds); `closeOffice()` removes it.
 */
const profileUrl = (): string => {
  profile ??= mkdtempSync(join(tmpdir(), 'valvo-soffice-'));
  return pathToFileURL(profile).href;
};

/** Removes this process's LibreOffice profile; call it when done converting (afterAll). */
export const closeOffice = (): void => {
  if (profile !== null) rmSync(profile, { recursive: true, force: true });
  profile = null;
};

/** Converts an XLSX or DOCX to PDF in `outDir`, named as the file; returns the PDF's path. */
export const officeToPdf = (file: string, outDir: string): string => {
  mkdirSync(outDir, { recursive: true });
  try {
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=${profileUrl()}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        file,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `LibreOffice (${SOFFICE}) not found: install Debian's libreoffice-calc-nogui and libreoffice-writer-nogui, or set SOFFICE_PATH.`,
      );
    }
    throw error;
  }
  const pdf = join(outDir, `${basename(file, extname(file))}.pdf`);
  // soffice exits 0 even when it could not convert; the missing PDF is the only sign.
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${file} to PDF`);
  return pdf;
};

/**
 * Writes the first `pages` pages of an XLSX or DOCX, as LibreOffice prints it, as PNG files
 * `<name>-page1.png`, `<name>-page2.png`… in `outDir`; returns their paths. For the docs
 * (`npm run docs:reports`); call `closeOffice()` when done.
 */
export const officePagePngs = (
  file: string,
  outDir: string,
  name: string,
  { pages = 1, resolution = 80 }: { pages?: number; resolution?: number } = {},
): string[] => {
  const work = mkdtempSync(join(tmpdir(), 'valvo-office-png-'));
  try {
    const pdf = officeToPdf(file, work);
    mkdirSync(outDir, { recursive: true });
    const written: string[] = [];
    for (let page = 1; page <= Math.min(pages, pdfPages(pdf)); page += 1) {
      const prefix = join(work, `page${page}`);
      const args = ['-png', '-r', String(resolution), '-f', String(page), '-l', String(page)];
      execFileSync('pdftoppm', [...args, '-singlefile', pdf, prefix]);
      const target = join(outDir, `${name}-page${page}.png`);
      copyFileSync(`${prefix}.png`, target);
      written.push(target);
    }
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/** The page count of a PDF (pdfinfo). */
export const pdfPages = (pdf: string): number =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
