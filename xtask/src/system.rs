//! System packages the app and its tests need, installed with apt-get on Debian/Ubuntu
//! when we may (root, or sudo without a password), else the exact command is printed.

use crate::{cmd, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Run,
    Test,
    /// `cargo xtask deb-check`: a clean Debian root to install the .deb into.
    DebCheck,
}

/// What building and running Tauri needs on Linux.
const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "libxdo-dev",
];

/// Text recognition of postings that arrive as pictures: the engine and its French,
/// English and orientation data (the .deb depends on the same packages).
const OCR_PACKAGES: &[&str] = &[
    "tesseract-ocr",
    "tesseract-ocr-fra",
    "tesseract-ocr-eng",
    "tesseract-ocr-osd",
];

/// What the end-to-end tests and benchmarks drive the app with.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "webkit2gtk-driver",
    "dbus",
    "xdotool",
    "imagemagick",
    "poppler-utils",
    "qpdf",
    // The no-network test traces the app's sockets.
    "strace",
    // The venv the output-checking Python tools live in (see python.rs).
    "python3-venv",
    // The notification service the reminder delivery test sends to, on a private bus
    // (core tests/notify_dbus.rs, run by /usr/bin/python3).
    "python3-dbusmock",
    // The font the dossier benchmark's fixture script draws its scans with.
    "fonts-dejavu-core",
    // `soffice --headless --convert-to xlsx`: opens the exported CSV as a spreadsheet user
    // would (postulo-cli tests/exports.rs). The full package rather than -nogui, which would
    // replace a developer's desktop LibreOffice.
    "libreoffice-calc",
    // `soffice --headless --convert-to pdf`: opens the cover letter's .docx as Word's users
    // would and prints it (core tests/letters.rs).
    "libreoffice-writer",
];

/// What `cargo xtask deb-check` builds its clean Debian 12 root with.
const DEB_CHECK_PACKAGES: &[&str] = &["debootstrap"];

pub fn ensure(purpose: Purpose) -> Result {
    if !cfg!(target_os = "linux") {
        // Windows ships WebView2; the Tauri prerequisites there are Visual Studio's C++
        // build tools, which only the user can install.
        return Ok(());
    }
    if !cmd::exists("dpkg-query") {
        println!(
            "Not a Debian/Ubuntu system: install the Tauri prerequisites for your distribution \
             (https://v2.tauri.app/start/prerequisites/) if the build fails."
        );
        return Ok(());
    }
    let mut wanted: Vec<&str> = BUILD_PACKAGES.to_vec();
    match purpose {
        Purpose::Run => wanted.extend_from_slice(OCR_PACKAGES),
        Purpose::Test => {
            wanted.extend_from_slice(OCR_PACKAGES);
            wanted.extend_from_slice(TEST_PACKAGES);
        }
        Purpose::DebCheck => wanted.extend_from_slice(DEB_CHECK_PACKAGES),
    }
    let missing: Vec<&str> = wanted.into_iter().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("Missing system packages: {}", missing.join(" "));
    let is_root = cmd::new("id", &["-u"])
        .output()
        .is_some_and(|s| s.trim() == "0");
    let sudo: &[&str] = if is_root {
        &[]
    } else if cmd::new("sudo", &["-n", "true"]).output().is_some() {
        &["sudo", "-n"]
    } else {
        return Err(format!(
            "please install them first:\n    sudo apt-get update && sudo apt-get install -y {}",
            missing.join(" ")
        ));
    };
    let apt = |args: &[&str]| {
        let mut full: Vec<&str> = sudo.to_vec();
        full.push("apt-get");
        full.extend_from_slice(args);
        cmd::new(full[0], &full[1..]).env("DEBIAN_FRONTEND", "noninteractive")
    };
    apt(&["update", "-q"]).run()?;
    let mut install = vec!["install", "-y", "-q", "--no-install-recommends"];
    install.extend_from_slice(&missing);
    apt(&install).run()
}

fn installed(package: &str) -> bool {
    cmd::new("dpkg-query", &["-W", "-f=${Status}", package])
        .output()
        .is_some_and(|s| s.contains("install ok installed"))
}

/// tauri-driver, the WebDriver proxy for Tauri apps. 3.x is an alpha: stay on 2.
pub fn ensure_tauri_driver() -> Result {
    if cmd::exists("tauri-driver") {
        return Ok(());
    }
    cmd::cargo(&["install", "tauri-driver", "--locked", "--version", "^2"]).run()
}
