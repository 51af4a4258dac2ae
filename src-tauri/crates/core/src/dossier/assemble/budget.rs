//! Fitting the dossier under an e-mail size limit: which pictures to shrink, and how far,
//! worked out on both cores.

use super::*;

/// Picks the best step of [`LADDER`] at which the dossier fits `limit`. Each scan is
/// decoded once; each step tried encodes every scan (both on all cores). The best step is
/// tried first (small dossiers stop there), then the smallest (if even that does not fit,
/// the documents to blame are named), then the steps between by bisection. A scan whose
/// original is smaller than its shrunk version stays as it was.
pub(super) fn shrink_to_fit(
    input: &DossierInput,
    prepared: &mut Prepared,
    sizes: &[u64],
    limit: u64,
    tracker: &mut Tracker<'_>,
) -> Result<()> {
    let mut fixed = FIXED_OVERHEAD
        + match &prepared.cover {
            // With a cover, every document page carries its number.
            Some(cover) => {
                let pages: usize = prepared.sources.iter().map(Source::page_count).sum();
                pdf_bytes(cover)? + pages as u64 * Folios::BYTES_PER_PAGE
            }
            None => 0,
        };
    let mut doc_sizes: Vec<u64> = vec![0; prepared.sources.len()];
    // (document index, placement, PNG?, bytes if kept as it is)
    let mut pictures: Vec<(usize, Placement, bool, u64)> = Vec::new();
    for (i, source) in prepared.sources.iter().enumerate() {
        fixed += PER_DOCUMENT_OVERHEAD;
        match (source, placement_of(source)) {
            (Source::Pdf(pdf), _) => {
                doc_sizes[i] = pdf_bytes(pdf)?;
                fixed += doc_sizes[i];
                tracker.step(Stage::Compressing)?;
            }
            (_, Some(placement)) => {
                fixed += PICTURE_OVERHEAD;
                let png = matches!(source, Source::Png(_));
                pictures.push((i, placement, png, lossless_image_bytes(source, sizes[i])));
            }
            (_, None) => return Err(Error::Corrupt("a picture without a placement".to_owned())),
        }
    }
    let scans: Vec<Scan> = parallel(&pictures, tracker, true, |&(i, placement, png, _)| {
        let doc = &input.documents[i];
        let bytes = source::read_file(doc)?;
        Scan::decode(&bytes, png, placement).map_err(|_| document_error(doc, Invalid::FileCorrupt))
    })?;
    let budget = (limit as f64 * LIMIT_MARGIN) as u64;
    // Encodings per ladder step, computed on demand.
    let mut tried: Vec<Option<Vec<Shrunk>>> = LADDER.iter().map(|_| None).collect();
    let mut steps_tried = 0;
    let mut total_at = |step: usize, tracker: &mut Tracker<'_>| -> Result<u64> {
        if tried[step].is_none() {
            steps_tried += 1;
            let indexed: Vec<(usize, &Scan)> = pictures.iter().map(|p| p.0).zip(&scans).collect();
            let encoded = parallel(&indexed, tracker, false, |&(i, scan)| {
                scan.encode(LADDER[step])
                    .map_err(|_| document_error(&input.documents[i], Invalid::FileCorrupt))
            })?;
            tried[step] = Some(encoded);
            tracker.step(Stage::Compressing)?;
        }
        let encoded = tried[step].as_deref().unwrap_or_default();
        Ok(fixed
            + pictures
                .iter()
                .zip(encoded)
                .map(|(p, s)| (s.jpeg.len() as u64).min(p.3))
                .sum::<u64>())
    };
    let last = LADDER.len() - 1;
    let (chosen, fits) = if total_at(0, tracker)? <= budget {
        (0, true)
    } else if total_at(last, tracker)? > budget {
        (last, false)
    } else {
        // Invariant: `lo` does not fit, `hi` fits.
        let (mut lo, mut hi) = (0, last);
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if total_at(mid, tracker)? <= budget {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        (hi, true)
    };
    tracker.skip(
        MAX_STEPS_TRIED.saturating_sub(steps_tried),
        Stage::Compressing,
    )?;
    let encoded = tried[chosen].take().unwrap_or_default();
    let mut scan_total = 0;
    for (&(i, _, _, original), shrunk) in pictures.iter().zip(encoded) {
        if (shrunk.jpeg.len() as u64) < original {
            doc_sizes[i] = shrunk.jpeg.len() as u64;
            prepared.shrunk[i] = Some(shrunk);
        } else {
            doc_sizes[i] = original;
        }
        scan_total += doc_sizes[i];
    }
    prepared.step = Some(LADDER[chosen]);
    if !fits {
        prepared.too_large = fewest_largest(&doc_sizes, fixed + scan_total, budget);
    }
    Ok(())
}

/// `f` over `items` on every core, results in order. With `report`, each item done is a
/// progress step; either way a cancel stops the workers after their current item.
pub(super) fn parallel<T: Sync, R: Send>(
    items: &[T],
    tracker: &mut Tracker<'_>,
    report: bool,
    f: impl Fn(&T) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, items.len().max(1));
    let next = AtomicUsize::new(0);
    let cancel = tracker.cancel;
    let f = &f;
    let next = &next;
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel();
        for _ in 0..workers {
            let tx = tx.clone();
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                if cancel.load(Ordering::Relaxed) {
                    break;
                }
                let result = f(item);
                let failed = result.is_err();
                if tx.send((i, result)).is_err() || failed {
                    break;
                }
            });
        }
        drop(tx);
        let mut out: Vec<Option<R>> = items.iter().map(|_| None).collect();
        // Ends when every worker is done; an early return drops the receiver, which stops
        // the others at their next send.
        for (i, result) in rx {
            out[i] = Some(result?);
            if report {
                tracker.step(Stage::Compressing)?;
            } else {
                tracker.check()?;
            }
        }
        tracker.check()?;
        out.into_iter().map(|r| r.ok_or(Error::Cancelled)).collect()
    })
}

/// The fewest documents, largest first, whose removal brings `total` under `budget`.
pub(super) fn fewest_largest(sizes: &[u64], total: u64, budget: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by(|&a, &b| sizes[b].cmp(&sizes[a]));
    let mut remaining = total;
    let mut out = Vec::new();
    for i in order {
        if remaining <= budget {
            break;
        }
        remaining = remaining.saturating_sub(sizes[i]);
        out.push(i);
    }
    out.sort_unstable();
    out
}
