//! What the CLI tests share: the built binary run in a private data folder, the shared
//! postings, documents made here (a PDF with lopdf, a JPEG with image) and the real tools
//! that check the output. A missing tool or posting fails the test loudly: a check that
//! silently does not run is no check.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code
#![allow(dead_code)]

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_postulo-cli");

/// The binary with its own data folder and working folder, in French unless told.
pub struct Cli {
    pub data: TempDir,
    pub work: TempDir,
    /// Passed as `--now` to every command when set.
    pub now: Option<String>,
    pub lang_env: &'static str,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Cli {
    pub fn new() -> Self {
        Self {
            data: tempfile::tempdir().unwrap(),
            work: tempfile::tempdir().unwrap(),
            now: None,
            lang_env: "fr_FR.UTF-8",
        }
    }

    /// A private data folder whose commands all run at `now` (`--now`).
    pub fn at(now: &str) -> Self {
        let mut cli = Self::new();
        cli.now = Some(now.into());
        cli
    }

    /// Runs a command that must fail with `code` and say `text` on standard error.
    pub fn fails(&self, args: &[&str], code: i32, text: &str) {
        let run = self.run(args);
        assert_eq!(
            run.code, code,
            "{args:?}\nstdout: {}\nstderr: {}",
            run.stdout, run.stderr
        );
        assert!(
            run.stderr.contains(text),
            "{args:?}: {text:?} not in\n{}",
            run.stderr
        );
    }

    pub fn data_dir(&self) -> &Path {
        self.data.path()
    }

    pub fn work_dir(&self) -> &Path {
        self.work.path()
    }

    /// The command, not started: environment set so that nothing of the machine leaks in.
    pub fn command<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Command {
        let mut c = Command::new(BIN);
        if let Some(now) = &self.now {
            c.arg("--now").arg(now);
        }
        c.args(args)
            .current_dir(self.work.path())
            .env("POSTULO_DATA_DIR", self.data.path())
            .env_remove("LANGUAGE")
            .env_remove("LC_MESSAGES")
            .env_remove("LC_ALL")
            .env("LANG", self.lang_env)
            // No desktop session: `--notify` must fail fast and say so.
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent/postulo-test-bus",
            );
        c
    }

    pub fn run<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        let out: Output = self.command(args).output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Runs and requires exit code 0; returns standard output.
    pub fn ok<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> String {
        let run = self.run(args);
        assert_eq!(
            run.code,
            0,
            "postulo-cli {:?} failed\nstdout:\n{}\nstderr:\n{}",
            args.iter()
                .map(|a| a.as_ref().to_owned())
                .collect::<Vec<_>>(),
            run.stdout,
            run.stderr
        );
        run.stdout
    }

    pub fn json<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> serde_json::Value {
        let out = self.ok(args);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
    }
}

/// `../shared/postings` beside the repository (the workspace's parent), or `POSTINGS_DIR`.
pub fn postings_dir() -> PathBuf {
    let dir = match std::env::var_os("POSTINGS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/postings"),
    };
    assert!(
        dir.join("expected.json").is_file(),
        "the shared postings are missing: expected {} (set POSTINGS_DIR)",
        dir.display()
    );
    dir
}

/// A one-page A4 PDF with a line of text, made with lopdf.
pub fn pdf(text: &str) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{dictionary, Document, Object, Stream};

    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let content = Content {
        operations: vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 20.into()]),
            Operation::new("Td", vec![72.into(), 760.into()]),
            Operation::new("Tj", vec![Object::string_literal(text)]),
            Operation::new("ET", vec![]),
        ],
    };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A scan-like JPEG: a page of light paper with a dark band.
pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        if y > height / 3 && y < height / 3 + 20 && x > 20 && x < width - 20 {
            image::Rgb([30, 30, 40])
        } else {
            image::Rgb([250, 248, (240 + (x + y) % 10) as u8])
        }
    });
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    out.into_inner()
}

/// Runs a checking tool; a tool that is not installed fails the test, naming it.
pub fn tool(name: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed by this test and could not run: {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn qpdf_check(pdf: &Path) {
    let out = tool("qpdf", &["--check".as_ref(), pdf.as_os_str()]);
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
}

/// pdfinfo's page count.
pub fn pdf_pages(pdf: &Path) -> usize {
    let out = tool("pdfinfo", &[pdf.as_os_str()]);
    out.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("pdfinfo gives no page count:\n{out}"))
}
