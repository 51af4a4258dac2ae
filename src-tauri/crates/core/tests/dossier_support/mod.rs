//! What the dossier and mail tests share: pictures built here (EXIF orientation, noise,
//! alpha, 16 bits), a typical candidate and application, and the real tools that check
//! the output (qpdf, poppler's pdfinfo, pdftotext, pdfimages, pdftoppm; Python's `email`).
//! A missing tool fails the test loudly: a check that silently does not run is no check.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code
#![allow(dead_code)]

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveDate, NaiveTime};
use image::{DynamicImage, ImageBuffer, ImageFormat, Luma, LumaA, Rgb, Rgba};
use postulo_core::dossier::{DossierDocument, DossierInput};
use postulo_core::model::{
    Application, ApplyMethod, Deadline, DocumentKind, Language, Profile, Status,
};
use sha2::{Digest, Sha256};

pub fn profile() -> Profile {
    Profile {
        first_name: "Aïssata".into(),
        last_name: "Traoré".into(),
        email: Some("aissata.traore@example.org".into()),
        phone: Some("+223 76 12 34 56".into()),
        postal_address: Some("Rue 310, porte 42\nHamdallaye ACI 2000, Bamako".into()),
    }
}

pub fn application() -> Application {
    Application {
        id: 7,
        title: "Coordinateur·trice Santé Mentale et Soutien Psychosocial".into(),
        organization: "Œuvre d’entraide « Sœurs du Sahel »".into(),
        organization_type: None,
        reference: Some("REF N°013/12/CPSM-SP/BKO/2025".into()),
        location: Some("Bamako, Mali".into()),
        contract: None,
        source_url: None,
        apply_method: Some(ApplyMethod::Email),
        apply_email: Some("recrutement@example.org".into()),
        apply_subject: Some("REF N°013/12/CPSM-SP/BKO/2025 – Coordinateur·trice SMSPS".into()),
        apply_cc: Vec::new(),
        apply_url: None,
        apply_address: None,
        deadline: Some(Deadline {
            date: NaiveDate::from_ymd_opt(2025, 12, 26).unwrap(),
            time: NaiveTime::from_hms_opt(17, 0, 0),
            timezone: "Africa/Bamako".into(),
        }),
        status: Status::Ready,
        notes: None,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

pub fn input(documents: Vec<DossierDocument>) -> DossierInput {
    DossierInput {
        language: Language::Fr,
        profile: profile(),
        application: application(),
        documents,
        prepared_on: NaiveDate::from_ymd_opt(2025, 12, 12).unwrap(),
    }
}

pub fn document(path: &Path, kind: DocumentKind, label: &str, title: &str) -> DossierDocument {
    let mime = match path.extension().and_then(|e| e.to_str()) {
        Some("pdf") => "application/pdf",
        Some("jpg") => "image/jpeg",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    };
    DossierDocument {
        document_id: None,
        item_id: None,
        kind,
        label: label.into(),
        title: title.into(),
        path: path.to_path_buf(),
        mime: mime.into(),
    }
}

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

pub fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn encode(picture: DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    picture.write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// A JPEG whose top-left quarter is red and the rest white: where the red lands on the
/// rendered page tells the orientation.
pub fn marked_jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = ImageBuffer::from_fn(width, height, |x, y| {
        if x < width / 2 && y < height / 2 {
            Rgb([220u8, 20, 20])
        } else {
            Rgb([255, 255, 255])
        }
    });
    encode(DynamicImage::ImageRgb8(img), ImageFormat::Jpeg)
}

/// The JPEG with an EXIF APP1 segment stating `orientation`, put right after SOI.
pub fn with_exif_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = b"MM\x00\x2a\x00\x00\x00\x08\x00\x01".to_vec();
    tiff.extend([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1]);
    tiff.extend(orientation.to_be_bytes());
    tiff.extend([0, 0, 0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(((app1.len() + 2) as u16).to_be_bytes());
    out.extend(app1);
    out.extend(&jpeg[2..]);
    out
}

/// A photographed page: light paper with dark "text" strokes and sensor noise, so it
/// compresses like a real phone photo (a few bits per pixel).
pub fn paper_photo(width: u32, height: u32, seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    let img = ImageBuffer::from_fn(width, height, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let noise = (state % 24) as i32 - 12;
        let text = (y / 18) % 3 == 0 && (x / 9 + y / 18) % 5 != 0 && x > width / 10;
        let base = if text { 40 } else { 225 };
        let v = (base + noise).clamp(0, 255) as u8;
        Rgb([v, v.saturating_sub(4), v.saturating_sub(12)])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&DynamicImage::ImageRgb8(img))
        .unwrap();
    out
}

pub fn grey_png(width: u32, height: u32) -> Vec<u8> {
    let img = ImageBuffer::from_fn(width, height, |x, y| Luma([((x * 3 + y) % 256) as u8]));
    encode(DynamicImage::ImageLuma8(img), ImageFormat::Png)
}

/// RGBA with a transparent left half.
pub fn alpha_png(width: u32, height: u32) -> Vec<u8> {
    let img = ImageBuffer::from_fn(width, height, |x, y| {
        Rgba([
            (x % 256) as u8,
            (y % 256) as u8,
            90,
            if x < width / 2 { 0 } else { 255 },
        ])
    });
    encode(DynamicImage::ImageRgba8(img), ImageFormat::Png)
}

/// Grey + alpha, 16 bits per sample.
pub fn grey_alpha_16_png(width: u32, height: u32) -> Vec<u8> {
    let img = ImageBuffer::from_fn(width, height, |x, y| {
        LumaA([(x * 300 + y) as u16, if y < 4 { 30_000 } else { u16::MAX }])
    });
    encode(DynamicImage::ImageLumaA16(img), ImageFormat::Png)
}

/// RGB, 16 bits per sample, opaque: copied as it is.
pub fn rgb16_png(width: u32, height: u32) -> Vec<u8> {
    let img: ImageBuffer<Rgb<u16>, Vec<u16>> = ImageBuffer::from_fn(width, height, |x, y| {
        Rgb([(x * 500) as u16, (y * 500) as u16, 40_000])
    });
    encode(DynamicImage::ImageRgb16(img), ImageFormat::Png)
}

/// A JPEG header claiming `width` × `height` pixels, with a tiny scan: a bomb.
pub fn jpeg_claiming(width: u16, height: u16) -> Vec<u8> {
    let real = marked_jpeg(16, 16);
    // Patch the frame header's size (SOF0 follows the quantisation tables).
    let sof = real
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline JPEG");
    let mut out = real.clone();
    out[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
    out[sof + 7..sof + 9].copy_from_slice(&width.to_be_bytes());
    out
}

/// A command for a required tool; panics with what to install when it is missing.
pub fn tool(name: &str) -> Command {
    // Looked up on PATH by hand (no `sh -c command -v`), so the check also works on Windows.
    let exe = format!("{name}{}", std::env::consts::EXE_SUFFIX);
    let found = std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).any(|dir| dir.join(&exe).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "`{name}` is required by this test: install qpdf and poppler-utils \
         (apt-get install qpdf poppler-utils)"
    );
    Command::new(name)
}

/// Runs a command, fails with its output unless it succeeds, returns stdout.
pub fn run(mut command: Command) -> String {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn qpdf_check(pdf: &Path) {
    let mut c = tool("qpdf");
    c.arg("--check").arg(pdf);
    let out = run(c);
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
}

pub fn pdfinfo(pdf: &Path) -> String {
    let mut c = tool("pdfinfo");
    c.arg(pdf);
    run(c)
}

pub fn page_count(pdf: &Path) -> usize {
    pdfinfo(pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count")
}

pub fn pdftotext(pdf: &Path, first: usize, last: usize) -> String {
    let mut c = tool("pdftotext");
    c.args([
        "-f",
        &first.to_string(),
        "-l",
        &last.to_string(),
        "-layout",
        "-enc",
        "UTF-8",
    ])
    .arg(pdf)
    .arg("-");
    run(c)
}

/// Renders page `page` at `dpi` into `dir`; returns the PNG's path.
pub fn render(pdf: &Path, page: usize, dpi: u32, dir: &Path, name: &str) -> PathBuf {
    let prefix = dir.join(name);
    let mut c = tool("pdftoppm");
    c.args(["-png", "-singlefile", "-r", &dpi.to_string()])
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg(&prefix);
    run(c);
    prefix.with_extension("png")
}

/// The Python that parses e-mails back: `POSTULO_PYTHON`, or the venv `cargo xtask test`
/// makes. Missing, the test fails and says how to make it.
pub fn python() -> PathBuf {
    let path = std::env::var_os("POSTULO_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../target/python-tools/bin/python")
        });
    assert!(
        path.is_file(),
        "no Python at {} (set POSTULO_PYTHON, or run `cargo xtask test`, which makes the venv)",
        path.display()
    );
    path
}

/// Files left in a folder (temporary files of a failed export would show here).
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `n` paper-like phone photos of 1800×2400, each different, in `dir`.
pub fn photos(dir: &Path, n: u32) -> Vec<PathBuf> {
    (0..n)
        .map(|i| {
            write(
                dir,
                &format!("photo-{i}.jpg"),
                &paper_photo(1800, 2400, i + 1),
            )
        })
        .collect()
}

/// `len` bytes that do not compress (xorshift), to make a file of a known size.
pub fn noise(len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 4);
    let mut x: u32 = 12345;
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out.extend(x.to_le_bytes());
    }
    out
}

/// A one-page PDF carrying `data` as an (unused) stream.
pub fn big_pdf(data: &[u8]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        {
            let mut s = format!("<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Length {} >>\nstream\n", data.len()).into_bytes();
            s.extend(data);
            s.extend(b"\nendstream");
            s
        },
        b"<< /Length 8 >>\nstream\n/X Do   \nendstream".to_vec(),
    ];
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(o);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}
