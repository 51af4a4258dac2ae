//! Runs Tesseract 5, the reference open-source OCR engine, as a separate process.
//!
//! A process rather than a linked library because: a page is read in a few seconds, so
//! starting the engine (about 0.1 s) costs little; cancelling is killing the process, at
//! once, where the library only stops between lines; the engine's memory (a few hundred
//! MB on a large page) goes back to the system as soon as the page is read, which keeps
//! the app light on a 4 GB laptop; and a crash of the engine on a strange picture costs
//! that page, never the app. The picture goes to the engine through its standard input,
//! so the candidate's documents are never written to a temporary file.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::error::{Error, Invalid, Result};

/// The trained data Postulo reads with: French first (the default language), then
/// English, both in one pass so that a bilingual posting is read whole.
pub const LANGUAGES: &str = "fra+eng";

/// The trained data files the engine needs, by the name it looks for.
const TRAINED_DATA: [&str; 2] = ["fra.traineddata", "eng.traineddata"];

/// The longest one page may take before the engine is stopped: far above the few seconds
/// a real page takes, so only a stuck engine reaches it.
const PAGE_TIMEOUT: Duration = Duration::from_secs(180);

/// How often a running engine is checked for a cancel.
const POLL: Duration = Duration::from_millis(40);

/// Where the engine and its trained data are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engine {
    program: PathBuf,
    /// `None`: the engine's own default folder (the system's packages).
    tessdata: Option<PathBuf>,
}

impl Engine {
    /// Finds the engine: `POSTULO_TESSERACT` when set; else a `tesseract` shipped next to
    /// Postulo's own program (the Windows installer's sidecar); else the one on `PATH`
    /// (the Linux packages depend on Debian's `tesseract-ocr`). The trained data comes from
    /// `POSTULO_TESSDATA`, else a `tessdata` folder shipped beside the program, else the
    /// engine's own. Missing French or English data is said here, not at the first page.
    pub fn locate() -> Result<Self> {
        let unavailable = || Error::invalid("file", Invalid::OcrUnavailable);
        let exe_dir = std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf));
        let name = if cfg!(windows) {
            "tesseract.exe"
        } else {
            "tesseract"
        };
        let program = std::env::var_os("POSTULO_TESSERACT")
            .map(PathBuf::from)
            .or_else(|| {
                exe_dir
                    .as_ref()
                    .map(|d| d.join(name))
                    .filter(|p| p.is_file())
            })
            .or_else(|| on_path(name))
            .ok_or_else(unavailable)?;
        let tessdata = std::env::var_os("POSTULO_TESSDATA")
            .map(PathBuf::from)
            .or_else(|| {
                exe_dir
                    .map(|d| d.join("tessdata"))
                    .filter(|d| has_trained_data(d))
            });
        if let Some(dir) = &tessdata {
            if !has_trained_data(dir) {
                return Err(unavailable());
            }
        }
        Ok(Self { program, tessdata })
    }

    /// Reads one page: the picture as a binary PGM (see `picture::to_pgm`), the words
    /// with their boxes and confidences as Tesseract's TSV.
    pub fn read_page(&self, pgm: &[u8], cancel: &AtomicBool) -> Result<String> {
        let out = self.run(&["--psm", "3", "tsv"], pgm, cancel)?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// How the page must be turned to be read (0, 90, 180 or 270 degrees clockwise), when
    /// the engine is confident of it; `None` when it cannot tell (too few letters).
    pub fn orientation(&self, pgm: &[u8], cancel: &AtomicBool) -> Result<Option<u32>> {
        // Orientation detection reads the script's shapes, not words: it needs its own data
        // (osd.traineddata, installed with the engine) and fails on a page with little text,
        // which is an answer ("cannot tell"), not an error.
        match self.run(&["--psm", "0"], pgm, cancel) {
            Ok(out) => Ok(parse_orientation(&String::from_utf8_lossy(&out))),
            Err(Error::Cancelled) => Err(Error::Cancelled),
            Err(_) => Ok(None),
        }
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new(&self.program);
        cmd.arg("stdin").arg("stdout").arg("-l").arg(LANGUAGES);
        if let Some(dir) = &self.tessdata {
            cmd.arg("--tessdata-dir").arg(dir);
        }
        // One thread: on a two-core laptop the engine's OpenMP threads fight the window
        // for the processor and make a page slower, not faster (measured: see the note of
        // issue 15).
        cmd.env("OMP_THREAD_LIMIT", "1");
        #[cfg(windows)]
        {
            use std::os::windows::process::CommandExt;
            // CREATE_NO_WINDOW: no console flashes up for each page.
            cmd.creation_flags(0x0800_0000);
        }
        cmd
    }

    fn run(&self, args: &[&str], input: &[u8], cancel: &AtomicBool) -> Result<Vec<u8>> {
        let failed = || Error::invalid("file", Invalid::OcrFailed);
        let mut child = self
            .command()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            // The engine's warnings are not used; a pipe nobody drains would fill up and
            // stop it on a noisy photo ("Line cannot be recognized!!" by the thousand).
            .stderr(Stdio::null())
            .spawn()
            .map_err(|_| Error::invalid("file", Invalid::OcrUnavailable))?;
        let killer = Killer(&mut child);
        // Write on a thread of its own: the engine may start answering (or die) before it
        // has read everything, and a full pipe on both sides would hang.
        let mut stdin = killer.0.stdin.take().ok_or_else(failed)?;
        let input = input.to_vec();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let mut stdout = killer.0.stdout.take().ok_or_else(failed)?;
        let reader = std::thread::spawn(move || {
            let mut out = Vec::new();
            let _ = stdout.read_to_end(&mut out);
            out
        });
        let started = Instant::now();
        let status = loop {
            if cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            if started.elapsed() > PAGE_TIMEOUT {
                return Err(failed());
            }
            match killer.0.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) => std::thread::sleep(POLL),
                Err(_) => return Err(failed()),
            }
        };
        let _ = writer.join();
        let out = reader.join().map_err(|_| failed())?;
        if status.success() {
            Ok(out)
        } else {
            Err(failed())
        }
    }
}

/// Kills the engine when the page is abandoned (cancelled, timed out, failed): no process
/// is left behind to eat the processor.
struct Killer<'a>(&'a mut Child);

impl Drop for Killer<'_> {
    fn drop(&mut self) {
        if matches!(self.0.try_wait(), Ok(None)) {
            let _ = self.0.kill();
        }
        let _ = self.0.wait();
    }
}

fn has_trained_data(dir: &Path) -> bool {
    TRAINED_DATA.iter().all(|f| dir.join(f).is_file())
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The rotation from the engine's orientation report, kept only when it is confident (the
/// engine's own scale: below 2, a guess).
fn parse_orientation(report: &str) -> Option<u32> {
    let value = |key: &str| {
        report
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .map(str::trim)
    };
    let rotate: u32 = value("Rotate:")?.parse().ok()?;
    let confidence: f32 = value("Orientation confidence:")?.parse().ok()?;
    (confidence >= 2.0 && [0, 90, 180, 270].contains(&rotate)).then_some(rotate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orientation_is_kept_only_when_the_engine_is_sure() {
        let sure = "Page number: 0\nOrientation in degrees: 270\nRotate: 90\n\
                    Orientation confidence: 7.63\nScript: Latin\nScript confidence: 2.30\n";
        assert_eq!(parse_orientation(sure), Some(90));
        let unsure = sure.replace("7.63", "0.41");
        assert_eq!(parse_orientation(&unsure), None);
        assert_eq!(
            parse_orientation("Too few characters. Skipping this page"),
            None
        );
    }
}
