#!/usr/bin/env python3
"""
Renders the seed articles (gold title + gold body, seeds/gold/*.json) into the document
formats newsrooms receive, as test fixtures for libs/formats. The output is committed in
test/fixtures/formats/, so CI needs none of the tools below; rebuild it with

    apt-get install libreoffice-writer-nogui poppler-utils fonts-hosny-amiri fonts-noto-core
    pip install fpdf2==2.8.9 arabic-reshaper==3.1.0 python-bidi==0.6.12
    python3 scripts/formats/make-fixtures.py

Producers, so the readers are tested on more than one way of writing Arabic:
- LibreOffice (headless, from a Flat ODT with a running header and a page-number footer):
  PDF with logical-order text, DOCX, ODT, RTF.
- fpdf2 with arabic-reshaper + python-bidi, the recipe most Python code uses: the PDF holds
  Arabic presentation forms in visual order (what the issue calls the hard case).
- Python's email package: .eml in UTF-8/base64 with a PDF attachment, windows-1256/quoted-
  printable HTML, and an .mbox of both; a WARC (plain and gzip) with three HTML captures.
- A scanned PDF: one page rendered to an image (pdftoppm) and wrapped with no text layer.
- An RTF as Word writes Arabic: \\ansicpg1256 with \\'hh bytes and \\uN escapes.
manifest.json says which seed each fixture renders.
"""
import email.policy
import gzip
import io
import json
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / 'seeds' / 'gold'
OUT = ROOT / 'test' / 'fixtures' / 'formats'
AMIRI = '/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf'
HEADER = 'نشرة المكتب الإعلامي'
# Seeds without a headline in their page text get one here, so every fixture has a title.
FALLBACK_TITLE = 'تقرير إخباري'


def seed(name):
    g = json.loads((GOLD / f'{name}.json').read_text('utf-8'))
    return {'name': name, 'title': g['title'] or FALLBACK_TITLE, 'body': g['body']}


SEEDS = sorted(p.stem for p in GOLD.glob('*.json'))
manifest = {}


def fodt(s):
    paras = '\n'.join(f'<text:p text:style-name="Body">{escape(p)}</text:p>' for p in s['body'])
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(s['title'])}</dc:title><dc:language>ar</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="Amiri" svg:font-family="Amiri"/></office:font-face-decls>
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" style:writing-mode="rl-tb" fo:margin-bottom="0.35cm"/><style:text-properties style:font-name="Amiri" style:font-name-complex="Amiri" fo:font-size="15pt" style:font-size-complex="15pt" fo:language="ar" fo:country="SA" style:language-complex="ar" style:country-complex="SA"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Body" style:default-outline-level="1"><style:text-properties fo:font-size="22pt" style:font-size-complex="22pt" fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" style:font-size-complex="10pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:writing-mode="rl-tb"/><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Small">{HEADER}</text:p></style:header>
<style:footer><text:p text:style-name="Small"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(s['title'])}</text:h>
{paras}
</office:text></office:body></office:document>
'''


def libreoffice(s, stem, targets):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f'{stem}.fodt'
        src.write_text(fodt(s), 'utf-8')
        for ext, filt in targets:
            subprocess.run(['soffice', '--headless', '--norestore', '--convert-to', f'{ext}:{filt}' if filt else ext, '--outdir', tmp, str(src)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            (OUT / f'{stem}.{ext}').write_bytes((Path(tmp) / f'{stem}.{ext}').read_bytes())
            manifest[f'{stem}.{ext}'] = {'seed': s['name'], 'title': s['title'], 'producer': 'LibreOffice'}


def fpdf_visual(s, stem):
    """Presentation forms in visual order, one line per text line, header and page number on every page."""
    from fpdf import FPDF
    import arabic_reshaper
    from bidi import get_display

    pdf = FPDF(format=(148, 210))
    pdf.set_title(s['title'])
    pdf.set_creator('fpdf2 + arabic-reshaper + python-bidi')
    pdf.add_font('Amiri', fname=AMIRI)
    pdf.set_auto_page_break(False)
    width = pdf.w - 30
    visual = lambda t: get_display(arabic_reshaper.reshape(t))
    state = {'y': 0}

    def new_page():
        pdf.add_page()
        pdf.set_font('Amiri', size=9)
        pdf.set_xy(15, 8)
        pdf.cell(width, 6, visual(HEADER), align='C')
        pdf.set_xy(15, pdf.h - 12)
        pdf.cell(width, 6, str(pdf.page_no()), align='C')
        state['y'] = 20

    def lines_of(text, size):
        # Wrap on logical words first, then shape each line: shaping a whole paragraph and
        # wrapping the visual string would break lines in the wrong order.
        pdf.set_font('Amiri', size=size)
        out, cur = [], ''
        for w in text.split(' '):
            cand = f'{cur} {w}'.strip()
            if cur and pdf.get_string_width(visual(cand)) > width:
                out.append(cur)
                cur = w
            else:
                cur = cand
        return out + [cur] if cur else out

    def block(text, size, gap):
        lh = size * 0.62
        for line in lines_of(text, size):
            if state['y'] + lh > pdf.h - 16:
                new_page()
            pdf.set_font('Amiri', size=size)
            pdf.set_xy(15, state['y'])
            pdf.cell(width, lh, visual(line), align='R')
            state['y'] += lh
        state['y'] += gap

    new_page()
    block(s['title'], 17, 4)
    for p in s['body']:
        block(p, 12, 2.5)
    pdf.output(str(OUT / f'{stem}.pdf'))
    manifest[f'{stem}.pdf'] = {'seed': s['name'], 'title': s['title'], 'producer': 'fpdf2'}


def scanned(stem, from_pdf):
    """Page 1 of a PDF as a grey image, in a PDF with no text layer."""
    from fpdf import FPDF
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['pdftoppm', '-f', '1', '-l', '1', '-r', '60', '-gray', '-png', str(from_pdf), f'{tmp}/page'], check=True)
        png = next(Path(tmp).glob('page*.png'))
        pdf = FPDF(format=(148, 210))
        pdf.add_page()
        pdf.image(str(png), x=0, y=0, w=pdf.w, h=pdf.h)
        pdf.output(str(OUT / f'{stem}.pdf'))
    manifest[f'{stem}.pdf'] = {'seed': None, 'producer': 'fpdf2 (image only)'}


def html_page(s, site):
    paras = ''.join(f'<p>{escape(p)}</p>\n' for p in s['body'])
    return f'''<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{escape(s['title'])} - {site}</title></head>
<body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a> <a href="/sport">رياضة</a></nav>
<article><h1>{escape(s['title'])}</h1>
{paras}</article>
<footer>جميع الحقوق محفوظة {site}</footer></body></html>
'''


def rtf_1256(s, stem):
    """Arabic as Word writes it in RTF: code page 1256 bytes as \\'hh, a few letters as \\uN."""
    def enc(text):
        out = []
        for i, ch in enumerate(text):
            if ord(ch) < 128:
                out.append({'\\': '\\\\', '{': '\\{', '}': '\\}'}.get(ch, ch))
            elif i % 7 == 0 or not ch.encode('cp1256', errors='ignore'):
                out.append(f'\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?')
            else:
                out.append(''.join(f"\\'{b:02x}" for b in ch.encode('cp1256')))
        return ''.join(out)
    paras = ''.join(f'\\pard\\rtlpar\\qr\\f1\\fs28 {enc(p)}\\par\n' for p in s['body'])
    rtf = ('{\\rtf1\\ansi\\ansicpg1256\\deff0\\deflang1025\n'
           '{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fnil\\fcharset178 Arial;}}\n'
           f'{{\\info{{\\title {enc(s["title"])}}}{{\\author Press office}}}}\n'
           f'{{\\header \\pard\\qc {enc(HEADER)}\\par}}\n'
           f'\\pard\\rtlpar\\qr\\b\\f1\\fs36 {enc(s["title"])}\\b0\\par\n{paras}}}\n')
    (OUT / f'{stem}.rtf').write_bytes(rtf.encode('ascii'))
    manifest[f'{stem}.rtf'] = {'seed': s['name'], 'title': s['title'], 'producer': 'script (Word-style RTF, code page 1256)'}


def emails(s_utf8, s_1256, attachment):
    date = datetime(2017, 3, 12, 9, 30, tzinfo=timezone.utc)
    a = EmailMessage(policy=email.policy.SMTP)
    a['From'] = 'مكتب الإعلام <press@ministry.example>'
    a['To'] = 'newsroom@paper.example'
    a['Subject'] = s_utf8['title']
    a['Date'] = format_datetime(date)
    a['Message-ID'] = '<seed-utf8@ministry.example>'
    a.set_content('\n\n'.join(s_utf8['body']), charset='utf-8', cte='base64')
    a.add_attachment(attachment.read_bytes(), maintype='application', subtype='pdf', filename='statement.pdf')
    (OUT / 'utf8-base64-with-pdf.eml').write_bytes(a.as_bytes())
    manifest['utf8-base64-with-pdf.eml'] = {'seed': s_utf8['name'], 'title': s_utf8['title'], 'producer': 'Python email',
                                            'attachment': {'name': 'statement.pdf', 'as': attachment.name}}

    b = EmailMessage(policy=email.policy.SMTP)
    b['From'] = 'newsletter@agency.example'
    b['To'] = 'desk@paper.example'
    b['Subject'] = s_1256['title']
    b['Date'] = format_datetime(date.replace(day=13))
    b['Message-ID'] = '<seed-1256@agency.example>'
    b.set_content('\n'.join(s_1256['body']), charset='windows-1256', cte='quoted-printable')
    html = '<html dir="rtl"><body>' + ''.join(f'<p>{escape(p)}</p>' for p in s_1256['body']) + '</body></html>'
    b.add_alternative(html, subtype='html', charset='windows-1256', cte='quoted-printable')
    (OUT / 'windows-1256-qp.eml').write_bytes(b.as_bytes())
    manifest['windows-1256-qp.eml'] = {'seed': s_1256['name'], 'title': s_1256['title'], 'producer': 'Python email'}

    mbox = b''
    for msg in (a, b):
        mbox += b'From MAILER-DAEMON Sun Mar 12 09:30:00 2017\n' + msg.as_bytes().replace(b'\r\n', b'\n').replace(b'\nFrom ', b'\n>From ') + b'\n'
    (OUT / 'two-messages.mbox').write_bytes(mbox)
    manifest['two-messages.mbox'] = {'messages': ['utf8-base64-with-pdf.eml', 'windows-1256-qp.eml'], 'producer': 'Python email'}


def warc(captures):
    def record(headers, payload):
        head = ''.join(f'{k}: {v}\r\n' for k, v in headers.items())
        return f'WARC/1.1\r\n{head}Content-Length: {len(payload)}\r\n\r\n'.encode() + payload + b'\r\n\r\n'
    info = b'software: make-fixtures.py\r\nformat: WARC File Format 1.1\r\n'
    records = [record({'WARC-Type': 'warcinfo', 'WARC-Record-ID': '<urn:uuid:00000000-0000-4000-8000-000000000000>', 'WARC-Date': '2017-03-12T10:00:00Z', 'Content-Type': 'application/warc-fields'}, info)]
    for i, (s, url, date) in enumerate(captures, 1):
        body = html_page(s, 'أخبار اليوم').encode('utf-8')
        req = f'GET {url[url.index("/", 8):]} HTTP/1.1\r\nHost: news.example\r\n\r\n'.encode()
        records.append(record({'WARC-Type': 'request', 'WARC-Record-ID': f'<urn:uuid:00000000-0000-4000-8000-00000000010{i}>', 'WARC-Date': date, 'WARC-Target-URI': url, 'Content-Type': 'application/http; msgtype=request'}, req))
        http = f'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n'.encode() + body
        records.append(record({'WARC-Type': 'response', 'WARC-Record-ID': f'<urn:uuid:00000000-0000-4000-8000-00000000020{i}>', 'WARC-Date': date, 'WARC-Target-URI': url, 'Content-Type': 'application/http; msgtype=response'}, http))
    # A capture that is no article: an image response, which must be skipped.
    png = b'\x89PNG\r\n\x1a\n' + b'\0' * 32
    records.append(record({'WARC-Type': 'response', 'WARC-Record-ID': '<urn:uuid:00000000-0000-4000-8000-000000000300>', 'WARC-Date': '2017-03-12T10:05:00Z', 'WARC-Target-URI': 'https://news.example/logo.png', 'Content-Type': 'application/http; msgtype=response'},
                          b'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n' + png))
    (OUT / 'three-captures.warc').write_bytes(b''.join(records))
    # .warc.gz: one gzip member per record, as crawlers write them.
    (OUT / 'three-captures.warc.gz').write_bytes(b''.join(gzip.compress(r, mtime=0) for r in records))
    manifest['three-captures.warc'] = manifest['three-captures.warc.gz'] = {
        'records': [{'seed': s['name'], 'title': s['title'], 'url': url, 'date': date} for s, url, date in captures], 'producer': 'script'}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    s = [seed(n) for n in SEEDS]
    office = [('pdf', 'writer_pdf_Export'), ('docx', 'MS Word 2007 XML'), ('odt', ''), ('rtf', '')]
    libreoffice(s[0], 'seed000.libreoffice', office)
    libreoffice(s[1], 'seed001.libreoffice', [('pdf', 'writer_pdf_Export')])
    fpdf_visual(s[2], 'seed002.fpdf2-visual')
    fpdf_visual(s[3], 'seed003.fpdf2-visual')
    rtf_1256(s[4], 'seed004.word-1256')
    scanned('scanned-page', OUT / 'seed001.libreoffice.pdf')
    emails(s[3], s[2], OUT / 'seed001.libreoffice.pdf')
    warc([(s[2], 'https://news.example/2017/03/12/a.html', '2017-03-12T10:01:00Z'),
          (s[3], 'https://news.example/2017/03/12/b.html', '2017-03-12T10:02:00Z'),
          (s[4], 'https://news.example/2017/03/12/c.html', '2017-03-12T10:03:00Z')])
    (OUT / 'manifest.json').write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + '\n', 'utf-8')
    for f in sorted(OUT.iterdir()):
        print(f'{f.stat().st_size:>8}  {f.name}')


if __name__ == '__main__':
    sys.exit(main())
