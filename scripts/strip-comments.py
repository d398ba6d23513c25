#!/usr/bin/env python3
"""Takes the comments out of what every first load fetches: the staged index.html (Trunk's
post_build hook, before csp.py) and the JS glue and split loader (split.sh).

Their comments explain them to whoever reads the source (index.html in the repository keeps
them); shipped, they were 2.9 KB gzip of every first load. Removed: HTML comments (but the
prerender's markers); in scripts, lines that hold only a `//` comment and `/** … */` blocks
that start a line. Nothing else is touched, so what runs is what was written; csp.py then
hashes the inline scripts as shipped.

usage: scripts/strip-comments.py [FILE…]   (default: $TRUNK_STAGING_DIR/index.html)
"""
import os
import re
import sys


def strip_js(code: str) -> str:
    code = re.sub(r"^[ \t]*/\*\*.*?\*/[ \t]*\n", "", code, flags=re.S | re.M)
    return re.sub(r"^[ \t]*//[^\n]*\n", "", code, flags=re.M)


def strip_html(page: str) -> str:
    page = re.sub(r"\s*<!--(?!/?prerender-->).*?-->", "", page, flags=re.S)

    def script(m: re.Match) -> str:
        attrs, body = m.group(1), m.group(2)
        if re.search(r'type\s*=\s*"application/json"', attrs):
            return m.group(0)
        return f"<script{attrs}>{strip_js(body)}</script>"

    return re.sub(r"<script([^>]*)>(.*?)</script>", script, page, flags=re.S)


def main() -> None:
    paths = sys.argv[1:] or [os.path.join(os.environ["TRUNK_STAGING_DIR"], "index.html")]
    for path in paths:
        text = open(path, encoding="utf-8").read()
        out = strip_js(text) if path.endswith(".js") else strip_html(text)
        open(path, "w", encoding="utf-8").write(out)
        print(f"{path}: comments removed ({len(text) - len(out)} bytes)")


if __name__ == "__main__":
    main()
