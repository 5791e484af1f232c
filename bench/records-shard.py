#!/usr/bin/env python3
"""Writes a FineWeb-like JSONL shard for bench/records: one record a line,
{"text","id","dump","url","date","language"}, texts of 0.2-20 KB cut from Debian's documentation.

    records-shard.py OUT.jsonl [MEGABYTES] [DOC_DIR] [RECORDS [SCALE]]
                                  defaults: 100, /usr/share/doc, no bound, 1

RECORDS stops the shard at that many records (whichever of the two bounds comes first); SCALE
multiplies the piece lengths (0.1: texts of 20 bytes to 2 KB, for a shard of many small records).

Texts: every regular file under DOC_DIR, sorted by path (so the same folder gives the same shard),
.gz files decompressed, binaries (a NUL byte in the first 8 KB, or not UTF-8) skipped. Each file
is cut into pieces whose lengths cycle through a fixed list between 200 bytes and 20 KB (cuts land
on line ends), and the pieces are written in order until the shard holds MEGABYTES; when the
folder runs out it starts again. The documentation is licence-heavy (copyright files), as the
issue's shard is. Other fields are synthetic and deterministic: a uuid-like id, a CC-MAIN dump,
a URL on one of 2,000 hosts, a date, "en"."""
import gzip
import json
import os
import sys

SIZES = [200, 900, 3_000, 600, 12_000, 1_500, 20_000, 400, 5_000, 2_200, 8_000, 300]


def texts(root):
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            try:
                with (gzip.open(path) if name.endswith(".gz") else open(path, "rb")) as f:
                    data = f.read(2_000_000)
            except (OSError, EOFError):
                continue
            if b"\0" in data[:8192]:
                continue
            try:
                yield data.decode("utf-8")
            except UnicodeDecodeError:
                continue


def pieces(root, scale):
    sizes = [max(20, int(s * scale)) for s in SIZES]
    n = 0
    while True:
        found = False
        for text in texts(root):
            while len(text) >= sizes[0]:
                found = True
                size = sizes[n % len(sizes)]
                n += 1
                cut = text.find("\n", size) if len(text) > size else len(text)
                cut = len(text) if cut < 0 else cut + 1
                yield text[:cut]
                text = text[cut:]
        if not found:
            sys.exit(f"no text files under {root}")


def main():
    out = sys.argv[1]
    budget = int(float(sys.argv[2] if len(sys.argv) > 2 else 100) * 1_000_000)
    root = sys.argv[3] if len(sys.argv) > 3 else "/usr/share/doc"
    most = int(sys.argv[4]) if len(sys.argv) > 4 else None
    scale = float(sys.argv[5]) if len(sys.argv) > 5 else 1.0
    written = 0
    count = 0
    with open(out, "w", encoding="utf-8") as f:
        for i, text in enumerate(pieces(root, scale)):
            if written >= budget or count == most:
                break
            record = {
                "text": text,
                "id": "<urn:uuid:%08x-%04x-4%03x-8%03x-%012x>" % (i * 2654435761 % 2**32, i % 65536, i % 4096, (i * 7) % 4096, i * 40503),
                "dump": "CC-MAIN-2024-%02d" % (10 + i % 40),
                "url": "https://site%d.example/%s/page-%d.html" % (i % 2000, ["docs", "blog", "wiki", "news"][i % 4], i),
                "date": "2024-%02d-%02dT%02d:%02d:%02dZ" % (1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60),
                "language": "en",
            }
            line = json.dumps(record, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    print(f"{out}: {count} records, {written / 1e6:.1f} MB", file=sys.stderr)


main()
