#!/usr/bin/env python3
"""Static file server for the release build: correct MIME types (application/wasm), brotli for
hashed assets that have a precompressed `.br` copy (scripts/precompress.mjs) and gzip for the rest
when the browser accepts them, no rewrites (deep links live in the URL fragment).

    python3 scripts/serve.py dist                    # http://127.0.0.1:8080/
    python3 scripts/serve.py dist --prefix /explorer/ --port 8091

With --prefix the app is served only under that sub-path, as on a zone's website.
Standard library only, so it runs on any machine with Python 3.
"""
import argparse
import gzip
import html
import http.server
import os
import posixpath
import re
import sys
import urllib.parse

TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".webmanifest": "application/manifest+json",
}
COMPRESS = {".wasm", ".js", ".mjs", ".css", ".html", ".json", ".svg", ".webmanifest"}


def page_policy(path):
    """The Content-Security-Policy a page of the build carries in its <meta> (scripts/csp.py),
    sent as a header too, as a zone's own server would (README "Guard rails")."""
    with open(path, encoding="utf-8", errors="replace") as f:
        m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', f.read())
    return html.unescape(m.group(1)) if m else None


class Handler(http.server.BaseHTTPRequestHandler):
    root = "."
    prefix = "/"
    cache = {}
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        if os.environ.get("SERVE_QUIET") != "1":
            sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

    def resolve(self):
        path = urllib.parse.urlsplit(self.path).path
        path = urllib.parse.unquote(path)
        if not path.startswith(self.prefix):
            if path + "/" == self.prefix:
                return "redirect"
            return None
        rel = posixpath.normpath(path[len(self.prefix):]).lstrip("/")
        if rel in (".", ""):
            rel = "index.html"
        if rel.startswith("..") or "/../" in "/" + rel + "/":
            return None
        full = os.path.join(self.root, rel)
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
        return full if os.path.isfile(full) else None

    def do_HEAD(self):
        self.do_GET(body=False)

    def do_GET(self, body=True):
        full = self.resolve()
        if full == "redirect":
            self.send_response(301)
            self.send_header("Location", self.prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if full is None:
            data = b"404 not found\n"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body:
                self.wfile.write(data)
            return
        ext = os.path.splitext(full)[1].lower()
        headers = {"Content-Type": TYPES.get(ext, "application/octet-stream"), "Vary": "Accept-Encoding"}
        # index.html and data must be revalidated; hashed assets may be cached for long.
        hashed = ext in (".wasm", ".js", ".css") and "-" in os.path.basename(full)
        headers["Cache-Control"] = "public, max-age=31536000, immutable" if hashed else "no-cache"
        accepted = self.headers.get("Accept-Encoding", "")
        brotli = hashed and "br" in accepted and os.path.isfile(full + ".br")
        with open(full + ".br" if brotli else full, "rb") as f:
            data = f.read()
        if brotli:
            headers["Content-Encoding"] = "br"
        elif ext in COMPRESS and "gzip" in accepted:
            key = (full, os.path.getmtime(full))
            if key not in self.cache:
                self.cache[key] = gzip.compress(data, 9)
            data = self.cache[key]
            headers["Content-Encoding"] = "gzip"
        if ext == ".html":
            policy = page_policy(full)
            if policy:
                headers["Content-Security-Policy"] = policy
        self.send_response(200)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            self.wfile.write(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--prefix", default="/")
    args = ap.parse_args()
    Handler.root = os.path.abspath(args.root)
    Handler.prefix = "/" + args.prefix.strip("/") + "/" if args.prefix.strip("/") else "/"
    server = http.server.ThreadingHTTPServer((args.host, args.port), Handler)
    print(f"Serving {Handler.root} at http://{args.host}:{args.port}{Handler.prefix} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
