#!/usr/bin/env bash
# Dev-time Python tools of the tagger (not needed to run or test the project): a virtualenv in
# .data/venv-ner (gitignored) with the pinned packages the lexicon builders use. Prints its python.
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=.data/venv-ner
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check wordfreq==3.1.1 >&2
echo "$PWD/$VENV/bin/python"
