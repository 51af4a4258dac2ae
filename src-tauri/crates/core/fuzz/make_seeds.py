#!/usr/bin/env python3
"""Seeds for the fuzz corpora: real postings and fixtures, plus small files of every kind
the import meets (PDFs with text, several pages, inherited attributes, object streams,
pictures, an incremental update; .docx/.odt postings; JPEGs and PNGs of every colour type).

    python3 make_seeds.py OUT_DIR

writes OUT_DIR/<target>/<name>. Needs Pillow; uses qpdf and Ghostscript when present.
Run once to start the corpora (docs/fuzzing.md); the committed corpora are what the
fuzzers kept from these after minimization.
"""

import io
import os
import shutil
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
CORE = HERE.parent
ROOT = CORE.parents[2]
POSTINGS = [
    *sorted((ROOT / "tests/fixtures/postings").glob("*.txt")),
    *sorted((CORE / "tests/fixtures/postings").glob("*.txt")),
    *sorted(Path("/work/shared/postings").glob("*.txt")),
]


def write(out: Path, target: str, name: str, data: bytes) -> None:
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)


def pdf(pages, compress=False, inherit=False, image=None):
    """A PDF built by hand: `pages` is a list of content streams (bytes); `image`, a
    complete image XObject, is named /Im1 in the resources."""
    objs = {}
    n_pages = len(pages)
    font_id = 3
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    image_id = 4 + 2 * n_pages
    xobject = f" /XObject << /Im1 {image_id} 0 R >>" if image else ""
    res = f"/Resources << /Font << /F1 {font_id} 0 R >>{xobject} >>"
    box = "/MediaBox [0 0 595 842]"
    objs[2] = (
        f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} "
        + (f"{res} {box} " if inherit else "")
        + ">>"
    ).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, content in enumerate(pages):
        page_id, content_id = 4 + 2 * i, 5 + 2 * i
        own = "" if inherit else f"{res} {box} "
        objs[page_id] = f"<< /Type /Page /Parent 2 0 R {own}/Contents {content_id} 0 R >>".encode()
        data = zlib.compress(content) if compress else content
        filt = b"/Filter /FlateDecode " if compress else b""
        objs[content_id] = (
            b"<< " + filt + b"/Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"
        )
    if image:
        objs[image_id] = image
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for k in range(1, size):
        out += f"{offsets[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text_stream(text: str, lines_per_page=60):
    """Content streams showing `text` in Helvetica, WinAnsi-encoded."""
    lines = text.splitlines() or [""]
    pages = []
    for start in range(0, len(lines), lines_per_page):
        ops = [b"BT /F1 9 Tf 11 TL 40 800 Td"]
        for line in lines[start : start + lines_per_page]:
            s = line.encode("cp1252", "replace")
            s = s.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + s + b") Tj T*")
        ops.append(b"ET")
        pages.append(b"\n".join(ops))
    return pages


def docx(text: str) -> bytes:
    paras = []
    for line in text.splitlines():
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if "\t" in esc:
            cells = "".join(
                f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in esc.split("\t")
            )
            paras.append(f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>")
        else:
            paras.append(f'<w:p><w:r><w:t xml:space="preserve">{esc}</w:t></w:r><w:r><w:tab/></w:r></w:p>')
    body = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>" + "".join(paras) + "</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        z.writestr("word/document.xml", body)
    return buf.getvalue()


def odt(text: str) -> bytes:
    paras = []
    for i, line in enumerate(text.splitlines()):
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        esc = esc.replace("  ", ' <text:s text:c="1"/>').replace("\t", "<text:tab/>")
        tag = "text:h" if i == 0 else "text:p"
        paras.append(f"<{tag}>{esc}</{tag}>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        "<office:body><office:text>" + "".join(paras) + "</office:text></office:body>"
        "</office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return buf.getvalue()


def picture(mode, size, fmt, **kw):
    w, h = size
    img = Image.new("RGB", size, (255, 255, 255))
    px = img.load()
    for y in range(h):
        for x in range(w):
            if x < w // 2 and y < h // 2:
                px[x, y] = (220, 20, 20)
            elif (x + y) % 5 == 0:
                px[x, y] = (30, 30, 30)
    if mode == "RGBA":
        img = img.convert("RGBA")
        a = img.getchannel("A").point(lambda _: 0)
        a.paste(255, (w // 2, 0, w, h))
        img.putalpha(a)
    elif mode != "RGB":
        img = img.convert(mode)
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def exif_orientation(jpeg: bytes, orientation: int) -> bytes:
    tiff = b"MM\x00\x2a\x00\x00\x00\x08\x00\x01" + bytes([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1])
    tiff += orientation.to_bytes(2, "big") + bytes(6)
    app1 = b"Exif\0\0" + tiff
    return jpeg[:2] + b"\xff\xe1" + (len(app1) + 2).to_bytes(2, "big") + app1 + jpeg[2:]


def tool(*args):
    if shutil.which(args[0]) is None:
        return False
    return subprocess.run(args, capture_output=True).returncode == 0


def main(out: Path) -> None:
    # Postings as text.
    seen = set()
    for p in POSTINGS:
        data = p.read_bytes()
        if data in seen:
            continue
        seen.add(data)
        write(out, "posting_text", p.name, data)
    sample = POSTINGS[0].read_text(encoding="utf-8")
    short = next(p for p in POSTINGS if "senegal" in p.name).read_text(encoding="utf-8")
    write(out, "posting_text", "utf16le-bom.txt", b"\xff\xfe" + short.encode("utf-16-le"))
    write(out, "posting_text", "cp1252.txt", short.encode("cp1252", "replace"))
    write(out, "posting_text", "utf8-bom.txt", b"\xef\xbb\xbf" + short.encode())

    # Postings as files.
    fixtures = CORE / "tests/fixtures/postings"
    for f in sorted((fixtures / "files").glob("*.pdf")) + [fixtures / "abidjan-assistant-rh.docx"]:
        write(out, "posting_file", f.name, f.read_bytes())
        if f.suffix == ".pdf":
            write(out, "document_pdf", f.name, f.read_bytes())
    write(out, "posting_file", "short.pdf", pdf(text_stream(short)))
    write(out, "posting_file", "long-flate.pdf", pdf(text_stream(sample), compress=True))
    write(out, "posting_file", "short.docx", docx(short))
    write(out, "posting_file", "table.docx", docx("Poste\tChauffeur\nLieu\tOuagadougou\n" + short))
    write(out, "posting_file", "short.odt", odt(short))

    # PDFs as documents.
    three = pdf(text_stream("\n".join(f"Page {i}" for i in range(150))), compress=True, inherit=True)
    write(out, "document_pdf", "three-pages-inherited.pdf", three)
    write(out, "document_pdf", "one-page.pdf", pdf(text_stream("Curriculum vitae")))
    drawing = b"0.8 0.1 0.1 rg 50 700 200 100 re f 0 0 1 RG 4 w 50 50 m 500 780 l S"
    write(out, "document_pdf", "drawing.pdf", pdf([drawing]))
    tmp = out / ".tmp"
    tmp.mkdir(exist_ok=True)
    (tmp / "in.pdf").write_bytes(three)
    if tool("qpdf", "--object-streams=generate", str(tmp / "in.pdf"), str(tmp / "objstm.pdf")):
        write(out, "document_pdf", "object-streams.pdf", (tmp / "objstm.pdf").read_bytes())
    if tool("qpdf", "--encrypt", "", "owner", "256", "--", str(tmp / "in.pdf"), str(tmp / "owner.pdf")):
        write(out, "document_pdf", "owner-password.pdf", (tmp / "owner.pdf").read_bytes())
    jpeg = picture("RGB", (40, 30), "JPEG", quality=80)
    xobject = (
        b"<< /Type /XObject /Subtype /Image /Width 40 /Height 30 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /DCTDecode /Length " + str(len(jpeg)).encode()
        + b" >>\nstream\n" + jpeg + b"\nendstream"
    )
    scan = pdf([b"q 400 0 0 300 100 400 cm /Im1 Do Q"], image=xobject)
    write(out, "document_pdf", "scan-jpeg.pdf", scan)
    (tmp / "t.ps").write_bytes(b"%!PS\n/Times-Roman 20 selectfont 72 720 moveto (Attestation) show showpage\n")
    if tool("gs", "-q", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", f"-sOutputFile={tmp / 'gs.pdf'}", str(tmp / "t.ps")):
        write(out, "document_pdf", "ghostscript.pdf", (tmp / "gs.pdf").read_bytes())
    # An incremental update appended to a PDF.
    base = pdf(text_stream("Version 1"))
    write(out, "document_pdf", "incremental.pdf", base + b"5 0 obj\n<< /Length 9 >>\nstream\nBT ET q Q\nendstream\nendobj\n%%EOF\n")

    # Pictures.
    cmyk = CORE / "tests/fixtures/dossier/cmyk-adobe.jpg"
    write(out, "document_image", cmyk.name, cmyk.read_bytes())
    write(out, "document_image", "rgb.jpg", jpeg)
    write(out, "document_image", "rotated-6.jpg", exif_orientation(jpeg, 6))
    write(out, "document_image", "grey.jpg", picture("L", (24, 24), "JPEG", quality=70))
    write(out, "document_image", "progressive.jpg", picture("RGB", (32, 20), "JPEG", progressive=True, dpi=(300, 300)))
    write(out, "document_image", "subsampled-444.jpg", picture("RGB", (17, 9), "JPEG", subsampling=0))
    write(out, "document_image", "grey.png", picture("L", (20, 20), "PNG"))
    write(out, "document_image", "rgb.png", picture("RGB", (20, 12), "PNG", dpi=(150, 150)))
    write(out, "document_image", "rgba.png", picture("RGBA", (16, 16), "PNG"))
    write(out, "document_image", "grey-alpha.png", picture("LA", (12, 12), "PNG"))
    write(out, "document_image", "palette.png", picture("P", (16, 16), "PNG"))
    write(out, "document_image", "palette-trns.png", picture("P", (16, 16), "PNG", transparency=0))
    write(out, "document_image", "grey-trns.png", picture("L", (8, 8), "PNG", transparency=255))
    write(out, "document_image", "bilevel.png", picture("1", (33, 7), "PNG"))
    write(out, "document_image", "grey16.png", picture("I;16", (9, 9), "PNG"))
    tmp.mkdir(exist_ok=True)
    (tmp / "p.png").write_bytes(picture("RGBA", (19, 13), "PNG"))
    if tool("convert", str(tmp / "p.png"), "-interlace", "PNG", str(tmp / "i.png")):
        write(out, "document_image", "interlaced.png", (tmp / "i.png").read_bytes())
    if tool("convert", str(tmp / "p.png"), "-depth", "16", str(tmp / "d16.png")):
        write(out, "document_image", "rgba16.png", (tmp / "d16.png").read_bytes())
    shutil.rmtree(tmp)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
