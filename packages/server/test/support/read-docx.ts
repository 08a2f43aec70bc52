import JSZip from 'jszip';

/**
 * Reads a DOCX back the way a test needs it: the XML parts, and the text of tables and paragraphs. Regexes are
 * enough because the renderer writes no nested tables and no text outside <w:t>.
 */

export type DocxParts = { document: string; styles: string; theme: string };

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`The DOCX has no ${name}`);
    return file.async('string');
  };
  return {
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    theme: await part('word/theme/theme1.xml'),
  };
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every match of an element, `<w:p>` not matching `<w:pPr>`. */
export function elements(xml: string, tag: string): string[] {
  return xml.match(new RegExp(`<${tag}(?:\\s[^>]*)?>[\\s\\S]*?</${tag}>`, 'g')) ?? [];
}

/** The text of a paragraph: its <w:t> runs joined, a <w:br/> read as "\n". */
export function paragraphText(paragraph: string): string {
  const parts = paragraph.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:t\/>|<w:br\/>/g) ?? [];
  return parts.map((p) => (p === '<w:br/>' ? '\n' : decode(p.replace(/<[^>]+>/g, '')))).join('');
}

/** The text of every paragraph of the part, table cells included, in document order. */
export function paragraphTexts(xml: string): string[] {
  return elements(xml, 'w:p').map(paragraphText);
}

/** The raw XML of each table. */
export function tables(xml: string): string[] {
  return elements(xml, 'w:tbl');
}

/** A table's text, row by row and cell by cell; the paragraphs of a cell are joined with "\n". */
export function tableTexts(table: string): string[][] {
  return elements(table, 'w:tr').map((row) =>
    elements(row, 'w:tc').map((cell) => elements(cell, 'w:p').map(paragraphText).join('\n')),
  );
}

/** The first table whose first cell reads `firstHeader`. */
export function findTable(xml: string, firstHeader: string): string {
  const table = tables(xml).find((t) => tableTexts(t)[0]?.[0] === firstHeader);
  if (!table) throw new Error(`No table starts with "${firstHeader}"`);
  return table;
}

/** The attributes of the elements `tag` (e.g. "w:pgSz"), one record per occurrence. */
export function attributesOf(xml: string, tag: string): Array<Record<string, string>> {
  const found = xml.match(new RegExp(`<${tag}\\s[^>]*?/?>`, 'g')) ?? [];
  return found.map((element) =>
    Object.fromEntries([...element.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)])),
  );
}
