#!/usr/bin/env python3
"""Trunk's last post_build hook: gives the staged index.html its own Content-Security-Policy.

The page may run only its own files and the inline scripts it was built with (each named by
its sha256), compile its own wasm ('wasm-unsafe-eval': WebAssembly needs it), apply only its
own stylesheet and the inline style attributes the prerender wrote (each named by its sha256,
'unsafe-hashes'; the app sets styles through the CSSOM, which the policy allows), and fetch,
show or load nothing from any other origin. Written into a <meta> at the top of <head>, so it
holds on any static host; frame-ancestors cannot be set in a <meta>, and embedding on a zone's
website is wanted anyway. A build whose page holds an inline event handler fails here: the
policy would block it.

usage: scripts/csp.py [INDEX_HTML]   (default: $TRUNK_STAGING_DIR/index.html, as Trunk's hook)
"""
import base64
import os
import hashlib
import html as html_lib
import re
import sys

MARK = '<meta http-equiv="Content-Security-Policy"'


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def policy(page: str) -> str:
    scripts = []
    for m in re.finditer(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", page, re.S):
        attrs, body = m.group("attrs"), m.group("body")
        if re.search(r"\bsrc\s*=", attrs) or re.search(r'type\s*=\s*"application/json"', attrs):
            continue  # a file of its own ('self'), or data that is never run
        scripts.append(sha256(body))
    # Style attribute values as the browser sees them (entities decoded).
    styles = sorted({sha256(html_lib.unescape(v)) for v in re.findall(r'\sstyle="([^"]*)"', page)})
    handlers = re.findall(r"\son[a-z]+\s*=\s*[\"']", page)
    if handlers:
        sys.exit(f"csp.py: inline event handlers in the page ({len(handlers)}): use addEventListener")
    style_src = "'self'" + (" 'unsafe-hashes' " + " ".join(styles) if styles else "")
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(dict.fromkeys(scripts)),
        "style-src " + style_src,
        "img-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
    ])


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.environ["TRUNK_STAGING_DIR"], "index.html")
    page = open(path, encoding="utf-8").read()
    page = re.sub(r"\s*" + re.escape(MARK) + r'[^>]*>', "", page)
    text = policy(page)
    meta = f'{MARK} content="{html_lib.escape(text, quote=True)}">'
    page, n = re.subn(r"(<meta charset=\"utf-8\">)", lambda m: m.group(1) + "\n  " + meta, page, count=1)
    if n != 1:
        sys.exit("csp.py: no <meta charset=\"utf-8\"> in the page to put the policy after")
    open(path, "w", encoding="utf-8").write(page)
    # The same policy for a server to send as a header (README "Guard rails": nginx, Apache).
    open(os.path.join(os.path.dirname(path), "content-security-policy.txt"), "w", encoding="utf-8").write(text + "\n")
    print(f"{path}: Content-Security-Policy written")


if __name__ == "__main__":
    main()
