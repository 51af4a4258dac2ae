//! Dark mode follows the desktop: with a dark GTK theme, WebKitGTK reports
//! `prefers-color-scheme: dark` and the window draws on dark surfaces with light text.

// The end-to-end harness drives the app under Xvfb through WebKitWebDriver: Linux only. On
// Windows these files compile to nothing and the core, shell and UI tests do the checking.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use postulo_e2e::{app_binary, fresh_dir, Environment, Session};
use serde_json::json;

/// Relative luminance (WCAG) of a CSS `rgb(r, g, b)` or `rgba(…)` colour.
fn luminance(css: &str) -> f64 {
    let parts: Vec<f64> = css
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(',')
        .take(3)
        .map(|p| {
            p.trim()
                .parse::<f64>()
                .unwrap_or_else(|_| panic!("colour {css}"))
        })
        .collect();
    let linear = |c: f64| {
        let c = c / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(parts[0]) + 0.7152 * linear(parts[1]) + 0.0722 * linear(parts[2])
}

#[test]
fn a_dark_desktop_gets_a_dark_window_with_readable_text() {
    let app = app_binary();
    let env = Environment::start();
    let data = fresh_dir("dark-mode");
    // Inherited by tauri-driver, WebKitWebDriver and the app.
    let ui = Session::start_with(&env, &app, &data, &[("GTK_THEME", "Adwaita:dark".as_ref())]);
    ui.find("[data-ready='true']");
    let seen = ui.execute(
        "const main = document.getElementById('main');
         const h1 = document.querySelector('h1');
         return {
           dark: matchMedia('(prefers-color-scheme: dark)').matches,
           surface: getComputedStyle(main).backgroundColor,
           body: getComputedStyle(document.body).backgroundColor,
           text: getComputedStyle(h1).color,
         };",
        json!([]),
    );
    env.screenshot("06-dark-mode");
    assert_eq!(seen["dark"], true, "{seen}");
    // The page's own background, where the main area is transparent.
    let surface = match seen["surface"].as_str().unwrap() {
        "rgba(0, 0, 0, 0)" => seen["body"].as_str().unwrap(),
        colour => colour,
    };
    let (back, text) = (
        luminance(surface),
        luminance(seen["text"].as_str().unwrap()),
    );
    assert!(back < 0.05, "a dark surface: {seen}");
    // WCAG AA for body text: a contrast ratio of at least 4.5.
    let contrast = (text + 0.05) / (back + 0.05);
    assert!(contrast >= 4.5, "contrast {contrast:.1}: {seen}");
    ui.quit();
}
