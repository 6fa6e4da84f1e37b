import { execFile } from 'node:child_process';
import { FormatError } from '../format-error';

/** Poppler's pdftotext (Debian poppler-utils), run as a subprocess: a hostile PDF can hang or crash it, not us. */
const PDFTOTEXT = process.env.PDFTOTEXT_PATH ?? 'pdftotext';
const TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/**
 * The PDF's words with their boxes, as Poppler's `-bbox-layout` XHTML (pages, blocks,
 * lines, words; the <title> of the document info). Words come in visual order
 * (left to right on the page); visual-line.ts puts them back in reading order.
 */
export function pdfBboxLayout(pdf: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      PDFTOTEXT,
      ['-q', '-bbox-layout', '-enc', 'UTF-8', '-', '-'],
      { encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES, timeout: TIMEOUT_MS, killSignal: 'SIGKILL' },
      (err, stdout) => {
        if (!err) return resolve(stdout);
        const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
        if (e.code === 'ENOENT') {
          return reject(new Error(`pdftotext is not installed (Debian package poppler-utils; scripts/setup.sh installs it)`));
        }
        if (e.killed) return reject(new FormatError('invalid_document', `${JSON.stringify(name)}: reading the PDF took over ${TIMEOUT_MS / 1000} s`, name));
        // Exit codes 1-3: damaged file, cannot open output, permission (encrypted).
        reject(new FormatError('invalid_document', `${JSON.stringify(name)} is not a readable PDF (damaged or password-protected)`, name));
      },
    );
    child.stdin?.on('error', () => undefined); // pdftotext may exit before reading all of a broken file
    child.stdin?.end(pdf);
  });
}
