/**
 * PDF rendering shared by the official documents: pdfmake 0.2's server-side printer with the standard 14
 * PDF fonts (Helvetica), so no font files are needed. Their encoding is WinAnsi, so text must first be
 * reduced to characters it can show (`pdfText`).
 */
import PdfPrinterModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** pdfmake 0.2's server-side printer (the installed @types/pdfmake describe 0.3, which has no printer). */
interface PdfKitDocument extends NodeJS.EventEmitter {
  end(): void;
}
interface PdfPrinter {
  createPdfKitDocument(definition: TDocumentDefinitions): PdfKitDocument;
}
type PdfPrinterConstructor = new (fonts: Record<string, Record<string, string>>) => PdfPrinter;

const FONTS = {
  Helvetica: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
};
let printer: PdfPrinter | undefined;
function getPrinter(): PdfPrinter {
  printer ??= new (PdfPrinterModule as unknown as PdfPrinterConstructor)(FONTS);
  return printer;
}

/** Characters of WinAnsi (the standard fonts' encoding) beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text the standard fonts can show: other characters are replaced by their base letter ("ā" → "a") or by
 * "?", rather than corrupting the PDF string.
 */
export function pdfText(value: string): string {
  let out = '';
  for (const char of value.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff)) out += char;
    else if (char === '\t') out += ' ';
    else if (WIN_ANSI_EXTRA.has(char)) out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else {
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base !== char && /^[\x20-\x7e]+$/.test(base) ? base : '?';
    }
  }
  return out;
}

/** Renders a document definition to a Buffer. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  const doc = getPrinter().createPdfKitDocument(definition);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
