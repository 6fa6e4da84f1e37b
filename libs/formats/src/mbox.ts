/**
 * Splits an mbox (mboxrd/mboxo: messages start at a "From " line, body lines that
 * started with "From " were quoted as ">From ") into its messages' bytes.
 */
export function splitMbox(bytes: Buffer): Buffer[] {
  const text = bytes.toString('latin1'); // byte-preserving: each message keeps its own charset
  const starts: number[] = [];
  const re = /^From .*$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index === 0 || text[m.index - 1] === '\n') starts.push(m.index);
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const message = text.slice(text.indexOf('\n', start) + 1, end).replace(/^>(>*From )/gm, '$1');
    return Buffer.from(message, 'latin1');
  }).filter((b) => b.toString('latin1').trim() !== '');
}
