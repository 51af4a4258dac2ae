//! What fitting the ranker needs from a posting: every candidate of each ranked field with
//! its features, and its value to compare with the expected one. Used by
//! `cargo xtask posting-train` and the cross-validated `posting-report`.

pub use super::candidates::{RankedField, FEATURES, N_FEATURES};
pub use super::ranker::{fit, out_of_fold, Example, FieldModel, Model, WRONG_TARGET};

use super::candidates::{self, Context};
use super::fields;
use super::normalize::Normalized;
use super::{apply, parse_posting_with, ParsedPosting};

/// One candidate: its value as written and its features.
#[derive(Debug, Clone)]
pub struct CandidateValue {
    /// The value as written in the posting (layout removed).
    pub value: String,
    /// The comparison key: candidates with one key are one value.
    pub key: String,
    /// Feature values, in the order of [`FEATURES`].
    pub features: Vec<f32>,
}

/// The candidates of one field in one posting.
pub fn candidates(text: &str, field: RankedField) -> Vec<CandidateValue> {
    let norm = Normalized::new(text);
    let lines = fields::lines(&norm.text);
    let hits = fields::label_hits(&norm, &lines);
    let f = fields::extract(&norm, &hits);
    let (apply_email, _, subject) = apply::extract(&norm, f.reference.as_ref(), None);
    let ctx = Context::new(
        &norm,
        subject.as_ref().map(|s| s.value.as_str()),
        apply_email.as_ref().map(|e| e.value.as_str()),
    );
    candidates::generate(&ctx, &hits, field)
        .into_iter()
        .map(|c| CandidateValue {
            value: c.value,
            key: c.key,
            features: c.features,
        })
        .collect()
}

/// Reads a posting with `model`.
pub fn parse(text: &str, model: &Model) -> ParsedPosting {
    parse_posting_with(text, model)
}

use super::report::{document_counts, same_name};
use super::report::{
    field_verdict, requirement_counts, ExpectedRecord, Verdict, REQUIREMENT_ATTRIBUTES,
};

/// A posting of the corpus with what a careful reader takes from it.
#[derive(Debug, Clone)]
pub struct Labelled {
    /// The posting's text.
    pub text: String,
    /// The expected record.
    pub expected: ExpectedRecord,
}

/// Reads every posting listed in each folder's `expected.json`. A posting listed in two
/// folders (../shared/postings-dev is also copied into the repository's corpus) is read
/// once: twice, cross-validation would read it with a model fitted on its own copy.
pub fn load_corpus(dirs: &[&std::path::Path]) -> Result<Vec<Labelled>, String> {
    let mut corpus = Vec::new();
    for dir in dirs {
        let expected_path = dir.join("expected.json");
        let raw = std::fs::read_to_string(&expected_path)
            .map_err(|e| format!("cannot read {}: {e}", expected_path.display()))?;
        let expected: Vec<ExpectedRecord> = serde_json::from_str(&raw).map_err(|e| {
            format!(
                "{} is not in the expected format: {e}",
                expected_path.display()
            )
        })?;
        for record in expected {
            let path = dir.join(&record.file);
            let bytes =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            // Pictures and scans are read as the import reads them (the OCR test set).
            let never = std::sync::atomic::AtomicBool::new(false);
            let text = super::file::text_of_file(bytes, &record.file, &mut |_| {}, &never)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .text;
            // A posting listed in two folders (postings-dev is also in the corpus) is read
            // once, or cross-validation would read it with a model fitted on its copy.
            let seen = corpus
                .iter()
                .any(|p: &Labelled| p.expected.file == record.file && p.text == text);
            if !seen {
                corpus.push(Labelled {
                    text,
                    expected: record,
                });
            }
        }
    }
    Ok(corpus)
}

/// The expected names of `field` (value and alternatives), `None` when the posting does
/// not say.
fn expected_names(e: &ExpectedRecord, field: RankedField) -> Option<Vec<&str>> {
    let (main, also) = match field {
        RankedField::Title => (e.title.as_ref(), &e.title_also),
        RankedField::Organization => (e.organization.as_ref(), &e.organization_also),
        RankedField::Location => (e.location.as_ref(), &e.location_also),
    };
    main.map(|m| {
        std::iter::once(m.as_str())
            .chain(also.iter().map(String::as_str))
            .collect()
    })
}

/// The value `expected` gives `field`, `None` when the posting does not say.
pub fn expected_value(e: &ExpectedRecord, field: RankedField) -> Option<&str> {
    expected_names(e, field).and_then(|n| n.first().copied())
}

/// Each posting's candidates for `field`, labelled right or wrong against its record.
pub fn examples(corpus: &[Labelled], field: RankedField) -> Vec<Example> {
    corpus
        .iter()
        .map(|p| {
            let names = expected_names(&p.expected, field);
            let cands = candidates(&p.text, field);
            let mut keys: Vec<&str> = Vec::new();
            let groups = cands
                .iter()
                .map(|c| match keys.iter().position(|k| *k == c.key) {
                    Some(g) => g,
                    None => {
                        keys.push(&c.key);
                        keys.len() - 1
                    }
                })
                .collect();
            Example {
                groups,
                correct: cands
                    .iter()
                    .map(|c| {
                        names
                            .as_ref()
                            .is_some_and(|n| n.iter().any(|n| same_name(n, &c.value)))
                    })
                    .collect(),
                features: cands.into_iter().map(|c| c.features).collect(),
            }
        })
        .collect()
}

/// Fits the three fields on `examples` (indexed like [`RankedField::ALL`]), leaving out
/// the postings for which `skip` is true.
pub fn fit_model(examples: &[Vec<Example>; 3], skip: impl Fn(usize) -> bool) -> Model {
    let mut model = Model::default();
    for (field, ex) in RankedField::ALL.iter().zip(examples) {
        let kept: Vec<Example> = ex
            .iter()
            .enumerate()
            .filter(|(i, _)| !skip(*i))
            .map(|(_, e)| e.clone())
            .collect();
        *model.field_mut(*field) = fit(&kept);
    }
    model
}

/// Every posting read by a model fitted without it and the `folds - 1` other parts of
/// the corpus (k-fold; `folds` = corpus size is leave-one-out). Posting `i` is in part
/// `i % folds`.
pub fn cross_validate(corpus: &[Labelled], folds: usize) -> Vec<ExpectedRecord> {
    let folds = folds.clamp(2, corpus.len().max(2));
    let examples = RankedField::ALL.map(|f| examples(corpus, f));
    let mut out: Vec<Option<ExpectedRecord>> = vec![None; corpus.len()];
    for k in 0..folds {
        let model = fit_model(&examples, |i| i % folds == k);
        for (i, p) in corpus.iter().enumerate().filter(|(i, _)| i % folds == k) {
            out[i] = Some(parse(&p.text, &model).to_expected(&p.expected.file));
        }
    }
    out.into_iter().flatten().collect()
}

/// The figures of the posting report, over pairs of (found, expected) records.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scorecard {
    /// Postings counted.
    pub postings: usize,
    /// For title, organization, location: (right, empty, wrong).
    pub names: [(usize, usize, usize); 3],
    /// For deadline, apply e-mail, subject, reference: exact matches.
    pub exact: [usize; 4],
    /// Documents now and later: (true positives, found, expected).
    pub documents: [(usize, usize, usize); 2],
    /// What is asked of each piece, per [`REQUIREMENT_ATTRIBUTES`] (form, copies, age
    /// limit, handwritten): (true positives, found, expected).
    pub requirements: [(usize, usize, usize); 4],
}

/// The exact fields of [`Scorecard::exact`], by their key in `expected.json`.
pub const EXACT_FIELDS: [&str; 4] = ["deadline", "apply_email", "email_subject", "reference"];

impl Scorecard {
    /// Counts every pair.
    pub fn new(pairs: &[(ExpectedRecord, ExpectedRecord)]) -> Scorecard {
        let mut s = Scorecard {
            postings: pairs.len(),
            ..Scorecard::default()
        };
        for (found, expected) in pairs {
            for (i, field) in RankedField::ALL.iter().enumerate() {
                let slot = &mut s.names[i];
                match field_verdict(found, expected, field.key()) {
                    Verdict::Right => slot.0 += 1,
                    Verdict::Empty => slot.1 += 1,
                    Verdict::Wrong => slot.2 += 1,
                }
            }
            let exact = [
                found.deadline == expected.deadline,
                found.apply_email == expected.apply_email,
                found.email_subject == expected.email_subject,
                found.reference == expected.reference,
            ];
            for (n, ok) in s.exact.iter_mut().zip(exact) {
                *n += usize::from(ok);
            }
            let docs = [
                (
                    &found.documents_required_now,
                    &expected.documents_required_now,
                ),
                (
                    &found.documents_required_later,
                    &expected.documents_required_later,
                ),
            ];
            for (slot, (f, e)) in s.documents.iter_mut().zip(docs) {
                let (tp, nf, ne) = document_counts(f, e);
                slot.0 += tp;
                slot.1 += nf;
                slot.2 += ne;
            }
            let reqs = requirement_counts(
                &found.document_requirements,
                &expected.document_requirements,
            );
            for (slot, (tp, nf, ne)) in s.requirements.iter_mut().zip(reqs) {
                slot.0 += tp;
                slot.1 += nf;
                slot.2 += ne;
            }
        }
        s
    }

    /// One line per attribute of what is asked of a piece: precision, recall and F1
    /// over (posting, piece, attribute).
    pub fn requirements_table(&self) -> String {
        let mut out = String::new();
        for (attr, (tp, nf, ne)) in REQUIREMENT_ATTRIBUTES.iter().zip(self.requirements) {
            let f1 = if nf + ne == 0 {
                100.0
            } else {
                200.0 * tp as f64 / (nf + ne) as f64
            };
            out.push_str(&format!(
                "piece {:<16} P {:>5.1}% R {:>5.1}% F1 {:>5.1}% ({tp} right of {nf} found, {ne} expected)\n",
                attr,
                if nf == 0 { 100.0 } else { pct(tp, nf) },
                if ne == 0 { 100.0 } else { pct(tp, ne) },
                f1
            ));
        }
        out
    }

    /// Share of postings where `field` (0 title, 1 organization, 2 location) is right and
    /// where it is wrong, in percent.
    pub fn right_wrong(&self, field: usize) -> (f64, f64) {
        let (r, _, w) = self.names.get(field).copied().unwrap_or_default();
        (pct(r, self.postings), pct(w, self.postings))
    }

    /// F1 of documents now (0) or later (1), in percent. Both lists empty count as perfect.
    pub fn f1(&self, which: usize) -> f64 {
        let (tp, nf, ne) = self.documents.get(which).copied().unwrap_or_default();
        if nf + ne == 0 {
            return 100.0;
        }
        200.0 * tp as f64 / (nf + ne) as f64
    }

    /// The figures as a table.
    pub fn table(&self) -> String {
        let n = self.postings;
        let mut out = format!(
            "{:<22} {:>7} {:>7} {:>7}   ({n} postings)\n",
            "field", "right", "empty", "wrong"
        );
        for (i, field) in RankedField::ALL.iter().enumerate() {
            let (r, e, w) = self.names[i];
            out.push_str(&format!(
                "{:<22} {:>6.1}% {:>6.1}% {:>6.1}%\n",
                field.key(),
                pct(r, n),
                pct(e, n),
                pct(w, n)
            ));
        }
        for (i, field) in EXACT_FIELDS.iter().enumerate() {
            out.push_str(&format!(
                "{:<22} {:>6.1}% exact ({}/{n})\n",
                field,
                pct(self.exact[i], n),
                self.exact[i]
            ));
        }
        for (i, label) in ["documents now", "documents later"].iter().enumerate() {
            let (tp, nf, ne) = self.documents[i];
            out.push_str(&format!(
                "{:<22} {:>6.1}% F1 ({tp} right of {nf} found, {ne} expected)\n",
                label,
                self.f1(i)
            ));
        }
        out.push_str(&self.requirements_table());
        out
    }
}

fn pct(n: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        n as f64 * 100.0 / total as f64
    }
}
