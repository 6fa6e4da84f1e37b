import { simpleParser, type ParsedMail } from 'mailparser';
import { extractHtml } from '@app/fetching';
import type { FetchedDocument, FetchedMeta, TextBlock } from '@app/contracts';
import { FormatError } from './format-error';

/**
 * One e-mail message (mailparser: any transfer encoding and charset, windows-1256
 * included): the HTML body through the HTML walk, else the text body line by line;
 * subject as title, sender as author, Date as publication time. Attachments are
 * documents of their own (split.ts), not part of this one.
 */
export async function readEml(bytes: Buffer, name: string): Promise<FetchedDocument> {
  const mail = await parseMail(bytes, name);
  const meta: FetchedMeta = {};
  if (mail.subject) meta.title = mail.subject.trim();
  const from = mail.from?.value[0];
  if (from) meta.author = from.name || from.address;
  if (mail.date && !Number.isNaN(mail.date.getTime())) meta.publishedTime = mail.date.toISOString();
  let blocks: TextBlock[] = [];
  if (typeof mail.html === 'string' && mail.html.trim()) {
    const html = extractHtml(mail.html);
    blocks = html.blocks;
    if (html.meta.lang) meta.lang = html.meta.lang;
  }
  if (blocks.length === 0 && mail.text) blocks = lineBlocks(mail.text);
  return { format: 'eml', blocks, meta, encoding: 'UTF-8', decodingErrors: false };
}

export interface MailAttachment {
  fileName: string;
  bytes: Buffer;
}

/** Files attached to the message (not images embedded in its HTML). */
export async function mailAttachments(bytes: Buffer, name: string): Promise<MailAttachment[]> {
  const mail = await parseMail(bytes, name);
  return mail.attachments
    .filter((a) => !(a.related || (a.contentDisposition === 'inline' && a.contentType.startsWith('image/'))))
    .map((a, i) => ({ fileName: safeName(a.filename) ?? `attachment-${i + 1}`, bytes: a.content }));
}

function parseMail(bytes: Buffer, name: string): Promise<ParsedMail> {
  return simpleParser(bytes, { skipImageLinks: true, skipTextToHtml: true }).catch((err: Error) => {
    throw new FormatError('invalid_document', `${JSON.stringify(name)} is not a readable e-mail: ${err.message}`, name);
  });
}

function lineBlocks(text: string): TextBlock[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^>/.test(l))
    .map((text) => ({ text }));
}

/** The attachment's own file name without any directory part. */
function safeName(fileName: string | undefined): string | null {
  const base = fileName?.split(/[\\/]/).pop()?.trim();
  return base ? base : null;
}
