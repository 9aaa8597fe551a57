import { PDFDocument, PDFName, PDFNull, PDFNumber } from '@cantoo/pdf-lib';

/**
 * A small PDF as Chromium writes one for the tests of the print path: `pages` pages, a named
 * destination per entry of `destinations` (name → 1-based page), and optionally the tagging and
 * outline entries Chromium adds, so a test can check they survive.
 */
export const makePdf = async ({
  pages = 1,
  destinations = {},
  tagged = false,
}: {
  pages?: number;
  destinations?: Record<string, number>;
  tagged?: boolean;
} = {}): Promise<Uint8Array> => {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const added = Array.from({ length: pages }, () => doc.addPage([842, 595]));
  doc.setTitle('Raportit – Valvo');
  const dests = doc.context.obj({});
  for (const [name, page] of Object.entries(destinations))
    dests.set(
      PDFName.of(name),
      doc.context.obj([
        added[page - 1]!.ref,
        PDFName.of('XYZ'),
        PDFNumber.of(0),
        PDFNumber.of(500),
        PDFNull,
      ]),
    );
  doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  if (tagged) {
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }));
    const root = doc.context.obj({ Type: 'StructTreeRoot', K: [] });
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(root));
    const outline = doc.context.obj({ Type: 'Outlines', Count: 0 });
    doc.catalog.set(PDFName.of('Outlines'), doc.context.register(outline));
  }
  return doc.save({ useObjectStreams: false });
};
