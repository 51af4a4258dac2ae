//! WebKitGTK's own levers on the web view's memory (issue 19, item 3), each measured by
//! `cargo xtask bench` against the floor; the app turns on those that help.
//!
//! `POSTULO_WEBKIT_LEVERS` (a comma-separated list of [`Lever`] names, or `none`) chooses
//! others, for the bench only; without it the app uses [`Lever::SHIPPED`].

/// The environment variable the bench sets to measure each lever.
pub const ENV: &str = "POSTULO_WEBKIT_LEVERS";

/// One setting of the web view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lever {
    /// The web context's cache model for a document viewer: no memory cache of resources
    /// for pages other than this one (the app shows one page, from its own files).
    DocumentViewer,
    /// No back-forward page cache: the app never navigates away from its one page.
    NoPageCache,
    /// Draw without the GPU's compositing (software only).
    NoGpu,
}

impl Lever {
    pub const ALL: [Lever; 3] = [Lever::DocumentViewer, Lever::NoPageCache, Lever::NoGpu];

    /// The levers the app uses: those the bench showed to lower memory without slowing
    /// the first screen. None did (2026-12-07, 1,000 applications, idle PSS 253.7 MiB
    /// without any, 253.1 to 253.4 with each or all: within the runs' spread), so the app
    /// keeps WebKit's defaults; the bench measures them again at every run.
    pub const SHIPPED: &'static [Lever] = &[];

    pub fn name(self) -> &'static str {
        match self {
            Lever::DocumentViewer => "document-viewer",
            Lever::NoPageCache => "no-page-cache",
            Lever::NoGpu => "no-gpu",
        }
    }

    /// The levers a `POSTULO_WEBKIT_LEVERS` value names; unknown names are ignored.
    pub fn parse_list(text: &str) -> Vec<Lever> {
        text.split(',')
            .map(str::trim)
            .filter_map(|name| Lever::ALL.into_iter().find(|l| l.name() == name))
            .collect()
    }
}

/// The levers to use: the bench's choice, or the shipped ones.
pub fn chosen() -> Vec<Lever> {
    match std::env::var(ENV) {
        Ok(text) => Lever::parse_list(&text),
        Err(_) => Lever::SHIPPED.to_vec(),
    }
}

/// Sets `levers` on the window's web view.
#[cfg(target_os = "linux")]
pub fn apply(window: &tauri::WebviewWindow, levers: Vec<Lever>) {
    use webkit2gtk::{
        CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
    };
    if levers.is_empty() {
        return;
    }
    let done = window.with_webview(move |webview| {
        let view = webview.inner();
        for lever in &levers {
            match lever {
                Lever::DocumentViewer => {
                    if let Some(context) = view.context() {
                        context.set_cache_model(CacheModel::DocumentViewer);
                    }
                }
                Lever::NoPageCache => {
                    if let Some(settings) = WebViewExt::settings(&view) {
                        settings.set_enable_page_cache(false);
                    }
                }
                Lever::NoGpu => {
                    if let Some(settings) = WebViewExt::settings(&view) {
                        settings
                            .set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
                    }
                }
            }
        }
    });
    // Only memory is at stake: the app works the same without them.
    if let Err(e) = done {
        eprintln!("postulo: WebKit's memory settings were not applied: {e}");
    }
}

/// Windows' WebView2 has no such settings.
#[cfg(not(target_os = "linux"))]
pub fn apply(_window: &tauri::WebviewWindow, _levers: Vec<Lever>) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bench_names_levers_and_unknown_names_are_ignored() {
        assert_eq!(
            Lever::parse_list("document-viewer, no-gpu,typo"),
            [Lever::DocumentViewer, Lever::NoGpu]
        );
        assert!(Lever::parse_list("none").is_empty());
        for lever in Lever::ALL {
            assert_eq!(Lever::parse_list(lever.name()), [lever]);
        }
    }
}
