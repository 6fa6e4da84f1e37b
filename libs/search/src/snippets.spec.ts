import { buildSnippets, markText, matchingSpans } from './snippets';
import { searchTokenList } from '@app/arabic';

describe('buildSnippets', () => {
  const paragraphs = [
    'افتتاحية لا علاقة لها بالموضوع.',
    'قال المتحدث إن الخلافات بين الطرفين تعمقت بسوريا خلال الأسبوع الماضي.',
    'وفي سوريةَ أيضاً تحدث آخرون عن خلاف قديم.',
  ];

  it('marks the original spelling of every stemmed match, best paragraph first', () => {
    const terms = searchTokenList('خلافات سوريا', { stem: true });
    const snippets = buildSnippets(paragraphs, terms, { stem: true });
    expect(snippets).toHaveLength(2);
    expect(snippets[0]).toContain('<mark>الخلافات</mark>');
    expect(snippets[0]).toContain('<mark>بسوريا</mark>');
    expect(snippets[1]).toContain('<mark>خلاف</mark>');
    expect(snippets.join(' ')).not.toContain('افتتاحية');
  });

  it('does not stem in exact mode', () => {
    const terms = searchTokenList('خلاف', { stem: false });
    const snippets = buildSnippets(paragraphs, terms, { stem: false });
    expect(snippets).toEqual(['وفي سوريةَ أيضاً تحدث آخرون عن <mark>خلاف</mark> قديم.']);
  });

  it('falls back to the head of the first paragraph, escaped', () => {
    expect(buildSnippets(['a <b> c'], ['zzz'], { stem: true })).toEqual(['a &lt;b&gt; c']);
  });

  it('cuts long paragraphs at word boundaries with ellipses', () => {
    const long = `${'كلمة '.repeat(80)}دمشق ${'نص '.repeat(80)}`.trim();
    const [snippet] = buildSnippets([long], ['دمشق'], { stem: true, fragmentChars: 60 });
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('<mark>دمشق</mark>');
    expect(snippet.length).toBeLessThan(120);
  });

  it('markText escapes text around marks', () => {
    const text = 'x < دمشق';
    expect(markText(text, matchingSpans(text, new Set(['دمشق']), true))).toBe('x &lt; <mark>دمشق</mark>');
  });
});
