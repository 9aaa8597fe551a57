import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';
import type { PrintInfo } from '../../shared/print/print-document';

/**
 * Reading and finishing Chromium's PDFs: the pages of named destinations (one per link target,
 * e.g. each section the contents list points at), and the metadata Chromium leaves out.
 * Runtime-neutral (pdf-lib only): the desktop shell and the tests use the same code.
 */

const text = (value: unknown) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;

/** The page a destination array ([page /XYZ x y zoom]) points at, 1-based. */
const pageOf = (destination: unknown, pageNumbers: Map<PDFRef, number>, doc: PDFDocument) => {
  const array = destination instanceof PDFDict ? destination.lookup(PDFName.of('D')) : destination;
  const resolved = array instanceof PDFRef ? doc.context.lookup(array) : array;
  if (!(resolved instanceof PDFArray)) return undefined;
  const page = resolved.get(0);
  return page instanceof PDFRef ? pageNumbers.get(page) : undefined;
};

/** Named destinations as a name tree (PDF 1.2+): /Names pairs, and /Kids below. */
const walkNameTree = (
  node: unknown,
  doc: PDFDocument,
  visit: (name: string, value: unknown) => void,
) => {
  if (!(node instanceof PDFDict)) return;
  const names = node.lookup(PDFName.of('Names'));
  if (names instanceof PDFArray)
    for (let index = 0; index + 1 < names.size(); index += 2) {
      const name = text(names.lookup(index));
      if (name !== null) visit(name, names.lookup(index + 1));
    }
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray)
    for (let index = 0; index < kids.size(); index += 1)
      walkNameTree(kids.lookup(index), doc, visit);
};

/** Every named destination and its page number (1-based). */
export const destinationPages = async (pdf: Uint8Array): Promise<Map<string, number>> => {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageNumbers = new Map(doc.getPages().map((page, index) => [page.ref, index + 1]));
  const found = new Map<string, number>();
  const add = (name: string, destination: unknown) => {
    const page = pageOf(destination, pageNumbers, doc);
    if (page !== undefined) found.set(name, page);
  };
  // Chromium writes the old form: a /Dests dictionary in the catalogue.
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict)
    for (const [key, value] of dests.entries()) add(key.decodeText(), dests.lookup(key) ?? value);
  const names = doc.catalog.lookup(PDFName.of('Names'));
  if (names instanceof PDFDict) walkNameTree(names.lookup(PDFName.of('Dests')), doc, add);
  return found;
};

const xml = (value: string) => value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** XMP with the same title, author, subject and language (PDF/UA asks for dc:title there). */
const xmpPacket = (info: PrintInfo) => `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(info.language)}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;

/**
 * Sets what Chromium does not: the author (the organisation), the subject, the title as the
 * report names itself (not the window's title), the document language, and XMP with the same.
 * Everything else (tags, outline, links, fonts) is written back untouched.
 */
export const finishPdf = async (pdf: Uint8Array, info: PrintInfo): Promise<Uint8Array> => {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  doc.setLanguage(info.language);
  doc.setCreator('Valvo');
  // UTF-8 bytes: a string here would be written one byte a character.
  const metadata = doc.context.stream(new TextEncoder().encode(xmpPacket(info)), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  // Chromium writes PDF 1.4, which has no object streams.
  return doc.save({ useObjectStreams: false });
};
