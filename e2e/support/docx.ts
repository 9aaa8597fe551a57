const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A DOCX's paragraphs (word/document.xml) as text, each with its style (Heading1… or none). */
export const docxParagraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1]!)
      .join('')
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!),
  }));
