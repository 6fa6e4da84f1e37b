import { HtmlTreeBuilder } from './html-tree-builder';

/** The tree as a browser's DOM inspector would show it, text in quotes, links marked with *. */
function tree(html: string): string {
  let out = '';
  const builder: HtmlTreeBuilder = new HtmlTreeBuilder({
    open: (tag) => (out += `<${tag}>`),
    close: (tag) => (out += `</${tag}>`),
    text: (t) => (out += builder.inLink ? `"*${t}"` : `"${t}"`),
  });
  builder.parse(html);
  return out.replace(/^<html><body>|<\/body><\/html>$/g, '');
}

describe('HtmlTreeBuilder (tree construction as in the HTML standard)', () => {
  it('opens <html>, <head> and <body> when the page leaves them out', () => {
    expect(tree('<title>t</title><p>x')).toBe('<html><head><title>"t"</title></head><body><p>"x"</p>');
  });

  it('reads <x/> on a non-void element as an open tag, and void elements as empty', () => {
    expect(tree('<body><div/>a<br/>b<img src=x>c</div>')).toBe('<div>"a"<br></br>"b"<img></img>"c"</div>');
  });

  it('implies end tags: <p> before a block, <li> before <li>, <dd>/<dt>, cells and rows', () => {
    expect(tree('<body><p>a<div>b</div><ul><li>c<li>d</ul><dl><dt>e<dd>f</dl>')).toBe('<p>"a"</p><div>"b"</div><ul><li>"c"</li><li>"d"</li></ul><dl><dt>"e"</dt><dd>"f"</dd></dl>');
    expect(tree('<body><table><tr><td>a<td>b<tr><td>c</table>')).toBe('<table><tr><td>"a"</td><td>"b"</td></tr><tr><td>"c"</td></tr></table>');
  });

  it('ignores end tags whose element is not in scope', () => {
    expect(tree('<body><div>a</span></p>b</div>')).toBe('<div>"a""b"</div>');
    // A </div> inside a table cell does not close the div around the table.
    expect(tree('<body><div><table><tr><td>a</div>b</td></tr></table>c</div>')).toBe('<div><table><tr><td>"a""b"</td></tr></table>"c"</div>');
  });

  it('keeps a block open when a formatting element is closed across it (adoption agency), and ends the link there', () => {
    expect(tree('<body><a href="/x"><div>a</a>b</div>')).toBe('<a><div>"*a""b"</div></a>');
    expect(tree('<body><b>a<i>b</b>c</i>')).toBe('<b>"a"<i>"b"</i></b>"c"');
  });

  it('treats named anchors as no link, and a second <a> as closing the first', () => {
    expect(tree('<body><a name="top"/><p>text</p>')).toBe('<a><p>"text"</p></a>');
    expect(tree('<body><a href="/1">one<a href="/2">two</a>three')).toBe('<a>"*one"</a><a>"*two"</a>"three"');
  });

  it('has one html, head and body however many the page has, and content after </html> is body', () => {
    expect(tree('<html><head><title>t</title></head><body><p>a</p></body></html><body><p>b</p></html><p>c</p>')).toBe(
      '<html><head><title>"t"</title></head><body><p>"a"</p><p>"b"</p><p>"c"</p>',
    );
  });

  it('ends <head> where body content starts', () => {
    expect(tree('<html><head><title>t</title><div>a</div>')).toContain('</head><body><div>"a"</div>');
  });

  it('honours self-closing tags inside <svg>', () => {
    expect(tree('<body><svg><path/><title>x</title></svg><p>a')).toBe('<svg><path></path><title>"x"</title></svg><p>"a"</p>');
  });

  it('closes headings opened inside headings and a <form> inside a form is dropped', () => {
    expect(tree('<body><h2>a<h3>b</h3>')).toBe('<h2>"a"</h2><h3>"b"</h3>');
    expect(tree('<body><form><div><form><p>a</p></form></div></form>')).toBe('<form><div><p>"a"</p></div></form>');
  });

  it('walks 150,000 nested tags without recursion and closes them all', () => {
    const depth = 150_000;
    let opens = 0;
    let closes = 0;
    const b = new HtmlTreeBuilder({ open: () => opens++, close: () => closes++, text: () => undefined });
    b.parse(`<body>${'<div><span>'.repeat(depth)}x`);
    expect(opens).toBe(2 * depth + 2);
    expect(closes).toBe(opens);
  });
});
