#!/usr/bin/python3
"""Write the hostile scans the OCR checks need and the corpus lacks.

usage: hostile.py OUTDIR

- huge-image.pdf: one A4 page drawing one grey image of 30,000 x 30,000
  pixels (900 million, Flate-compressed to about a megabyte): a reader
  that decodes it whole needs gigabytes.
- huge-page.pdf: one page of 100,000 x 100,000 points holding an image:
  no resolution renders it legibly within the pixel limit.
- scan-2000.pdf: 2,000 pages, each drawing the same small scanned image (a
  line of text, 8-bit grey, made here with no library): a long scan whose
  every page needs OCR.

Every file is built from bytes written here, deterministically.
"""
import os
import sys
import zlib


def pdf(objects):
    """objects: list of bytes (object bodies, numbered from 1; the first is the catalog)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objects, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(dict_body, data):
    return b"<< " + dict_body + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def white_image_flate(w, h):
    """A white grey image with a black band, compressed row by row."""
    c = zlib.compressobj(9)
    parts = []
    white = b"\xff" * w
    band = b"\xff" * (w // 4) + b"\x00" * (w // 2) + b"\xff" * (w - w // 4 - w // 2)
    for y in range(h):
        parts.append(c.compress(band if h // 2 <= y < h // 2 + h // 50 else white))
    parts.append(c.flush())
    return b"".join(parts)


# A 5x7 pixel font for the digits and a few capitals: enough to draw a
# line of text that Tesseract reads, without any library.
GLYPHS = {
    "P": ["1110", "1001", "1001", "1110", "1000", "1000", "1000"],
    "A": ["0110", "1001", "1001", "1111", "1001", "1001", "1001"],
    "G": ["0111", "1000", "1000", "1011", "1001", "1001", "0111"],
    "E": ["1111", "1000", "1000", "1110", "1000", "1000", "1111"],
    "S": ["0111", "1000", "1000", "0110", "0001", "0001", "1110"],
    "C": ["0111", "1000", "1000", "1000", "1000", "1000", "0111"],
    "N": ["1001", "1101", "1101", "1011", "1011", "1001", "1001"],
    " ": ["0000"] * 7,
}


def text_image(text, scale):
    """8-bit grey pixels of text in the 4x7 font, each dot scale x scale."""
    cols = []
    for ch in text:
        g = GLYPHS[ch]
        for x in range(4):
            cols.append([g[y][x] == "1" for y in range(7)])
        cols.append([False] * 7)
    margin = 4
    w = (len(cols) + 2 * margin) * scale
    h = (7 + 2 * margin) * scale
    rows = []
    for y in range(h):
        gy = y // scale - margin
        row = bytearray(b"\xff" * w)
        if 0 <= gy < 7:
            for i, col in enumerate(cols):
                if col[gy]:
                    x0 = (i + margin) * scale
                    row[x0:x0 + scale] = b"\x00" * scale
        rows.append(bytes(row))
    return w, h, b"".join(rows)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)

    img = white_image_flate(30000, 30000)
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    with open(os.path.join(out, "huge-image.pdf"), "wb") as f:
        f.write(pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
                     stream(b"/Type /XObject /Subtype /Image /Width 30000 /Height 30000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", img),
                     stream(b"", content)]))

    w, h, px = text_image("PAGE SCAN", 6)
    small = zlib.compress(px, 9)
    content = b"q 100000 0 0 100000 0 0 cm /Im0 Do Q"
    with open(os.path.join(out, "huge-page.pdf"), "wb") as f:
        f.write(pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100000 100000] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
                     stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode" % (w, h), small),
                     stream(b"", content)]))

    # 2,000 pages of 300 x 100 points, each drawing the shared image
    n = 2000
    content = b"q 300 0 0 100 0 0 cm /Im0 Do Q"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(n)) + b"] /Count %d >>" % n,
            stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode" % (w, h), small),
            stream(b"", content)]
    for i in range(n):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Resources << /XObject << /Im0 3 0 R >> >> /Contents 4 0 R >>")
    with open(os.path.join(out, "scan-2000.pdf"), "wb") as f:
        f.write(pdf(objs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
