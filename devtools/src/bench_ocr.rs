//! `cargo xtask bench-ocr` (part of `cargo xtask bench`): how long reading one A4 page takes
//! (a clean 300 dpi scan and a 9-megapixel phone photo of the same posting), through the
//! import's whole path (decode, find the sheet, straighten, even the light, the engine,
//! the words put back), beside the reference measured in the same run: the bare engine
//! (`tesseract` with the same languages) on the same picture as a PNG file. The ratio is
//! what Postulo's preparation costs on top of the engine; runs interleaved, all printed.

use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use postulo_core::ocr::{self, engine, testset};

use crate::stats::{median, runs_ms};
use crate::{root, Result};

const RUNS: usize = 5;

pub fn run() -> Result {
    println!("\n== Reading a page of a picture (release build, {RUNS} runs each, interleaved) ==");
    let text = std::fs::read_to_string(
        root().join("tests/fixtures/posting-corpus/18_mds-douala-community-manager.txt"),
    )
    .map_err(|e| e.to_string())?;
    let page = testset::scan(&text)
        .into_iter()
        .next()
        .ok_or("the test page could not be typeset")?;
    let scan = testset::png(&page);
    let photo = testset::phone_photo(&page, 1).jpeg;
    let dir = std::env::temp_dir().join(format!("postulo-bench-ocr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (scan_file, photo_file) = (dir.join("scan.png"), dir.join("photo.jpg"));
    std::fs::write(&scan_file, &scan).map_err(|e| e.to_string())?;
    std::fs::write(&photo_file, &photo).map_err(|e| e.to_string())?;
    for (name, bytes, file) in [
        ("clean scan", &scan, &scan_file),
        ("phone photo", &photo, &photo_file),
    ] {
        let (mut ours, mut bare) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            let started = Instant::now();
            ocr::recognize(bytes.clone(), &mut |_| {}, &AtomicBool::new(false))
                .map_err(|e| format!("{name}: {e}"))?;
            ours.push(started.elapsed().as_secs_f64() * 1000.0);
            let started = Instant::now();
            let status = Command::new("tesseract")
                .arg(file)
                .arg("-")
                .args(["-l", engine::LANGUAGES, "--psm", "3"])
                .env("OMP_THREAD_LIMIT", "1")
                .output()
                .map_err(|e| format!("tesseract: {e}"))?;
            if !status.status.success() {
                return Err(format!("tesseract failed on the {name}"));
            }
            bare.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        let (o, b) = (median(&mut ours.clone()), median(&mut bare.clone()));
        println!(
            "{name:<12} Postulo {:>6.2} s/page   bare engine {:>6.2} s/page   ratio {:.2}",
            o / 1000.0,
            b / 1000.0,
            o / b
        );
        println!(
            "  runs (ms): Postulo {}; bare engine {}",
            runs_ms(&ours),
            runs_ms(&bare)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
