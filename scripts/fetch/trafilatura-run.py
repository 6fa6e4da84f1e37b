"""Runs trafilatura on pages for eval:html: reads [{name, html}] JSON on stdin, writes {name: {title, text}} JSON."""
import json
import sys

import trafilatura

pages = json.load(sys.stdin)
out = {}
for page in pages:
    result = trafilatura.extract(page["html"], output_format="json", with_metadata=True, include_comments=False, include_tables=True)
    data = json.loads(result) if result else {}
    out[page["name"]] = {"title": data.get("title"), "text": data.get("text") or ""}
json.dump(out, sys.stdout, ensure_ascii=False)
