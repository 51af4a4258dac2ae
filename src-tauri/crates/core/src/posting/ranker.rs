//! Chooses the title, the organization and the duty station among their candidates
//! ([`super::candidates`]) with a conditional logit model: each candidate gets the score
//! `w · features`; "nothing here" gets a score of its own; a softmax over them gives each
//! value a probability (candidates with the same value add up). The best value is kept
//! when its probability reaches the field's threshold (`keep_at`), otherwise the field
//! stays empty: a wrong title is believed, an empty one is filled in by the candidate.
//!
//! The weights and the threshold are fitted on the corpus of real postings by
//! `cargo xtask posting-train` ([`fit`]) and shipped in `model.json`; nothing in it is set
//! by hand. The threshold is the lowest that keeps wrong values under [`WRONG_TARGET`] on
//! postings the weights were not fitted on (an inner cross-validation).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::candidates::{Candidate, RankedField, FEATURES, N_FEATURES};

/// Share of postings where a field may be filled wrongly, on postings the weights never
/// saw: the threshold is raised until the inner cross-validation stays under it.
pub const WRONG_TARGET: f64 = 0.05;

/// The thresholds tried, lowest first: at 0.5 a value is more likely than everything
/// else together.
const THRESHOLDS: [f64; 10] = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/// Weights for one field.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldModel {
    /// Score of "the posting does not say".
    pub none: f64,
    /// Probability a value needs to be kept.
    #[serde(default = "default_keep_at")]
    pub keep_at: f64,
    /// Weight of each feature, by name ([`FEATURES`]); a missing name weighs 0.
    pub weights: BTreeMap<String, f64>,
}

fn default_keep_at() -> f64 {
    THRESHOLDS[0]
}

/// The model file: one [`FieldModel`] per ranked field.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// How the file was made.
    pub about: String,
    /// Title of the post.
    pub title: FieldModel,
    /// Hiring organization.
    pub organization: FieldModel,
    /// Duty station.
    pub location: FieldModel,
}

impl Model {
    /// The weights of `field`.
    pub fn field(&self, field: RankedField) -> &FieldModel {
        match field {
            RankedField::Title => &self.title,
            RankedField::Organization => &self.organization,
            RankedField::Location => &self.location,
        }
    }

    /// The weights of `field`, to replace them.
    pub fn field_mut(&mut self, field: RankedField) -> &mut FieldModel {
        match field {
            RankedField::Title => &mut self.title,
            RankedField::Organization => &mut self.organization,
            RankedField::Location => &mut self.location,
        }
    }
}

/// The shipped model. A file that does not parse (caught by the tests) gives an empty
/// model, which keeps every ranked field empty rather than failing an import.
pub static SHIPPED: LazyLock<Model> =
    LazyLock::new(|| serde_json::from_str(include_str!("model.json")).unwrap_or_default());

/// The value chosen for a field.
#[derive(Debug, Clone)]
pub(crate) struct Choice {
    /// Index of the candidate whose value was chosen.
    pub(crate) index: usize,
    /// Probability of that value.
    pub(crate) probability: f64,
}

/// A candidate's non-zero features, as (index, value).
type Sparse = Vec<(usize, f64)>;

fn sparse(x: &[f32]) -> Sparse {
    x.iter()
        .enumerate()
        .filter(|(_, v)| **v != 0.0)
        .map(|(i, v)| (i, f64::from(*v)))
        .collect()
}

fn dot(w: &[f64], x: &Sparse) -> f64 {
    x.iter()
        .map(|(i, v)| w.get(*i).copied().unwrap_or(0.0) * v)
        .sum()
}

/// The best value among candidates grouped by value (`groups[i]` names candidate i's
/// value): the index of its best-scored candidate and its probability.
fn best(w: &[f64], none: f64, xs: &[Sparse], groups: &[usize]) -> Option<(usize, f64)> {
    let scores: Vec<f64> = xs.iter().map(|x| dot(w, x)).collect();
    let max = scores.iter().copied().fold(none, f64::max);
    let exps: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
    let z = (none - max).exp() + exps.iter().sum::<f64>();
    let mut by_group: BTreeMap<usize, (usize, f64)> = BTreeMap::new();
    for (i, g) in groups.iter().enumerate() {
        let e = by_group.entry(*g).or_insert((i, 0.0));
        if scores.get(i) > scores.get(e.0) {
            e.0 = i;
        }
        e.1 += exps.get(i).copied().unwrap_or(0.0) / z;
    }
    by_group
        .into_values()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
}

impl FieldModel {
    fn vector(&self) -> Vec<f64> {
        FEATURES
            .iter()
            .map(|f| self.weights.get(*f).copied().unwrap_or(0.0))
            .collect()
    }

    /// Each candidate's own probability (not added up by value), for explaining a choice.
    pub fn probabilities(&self, features: &[Vec<f32>]) -> Vec<f64> {
        let w = self.vector();
        let scores: Vec<f64> = features.iter().map(|x| dot(&w, &sparse(x))).collect();
        let max = scores.iter().copied().fold(self.none, f64::max);
        let z = (self.none - max).exp() + scores.iter().map(|s| (s - max).exp()).sum::<f64>();
        scores.iter().map(|s| (s - max).exp() / z).collect()
    }

    /// The value to fill in, if one is clearly best.
    pub(crate) fn choose(&self, candidates: &[Candidate]) -> Option<Choice> {
        let xs: Vec<Sparse> = candidates.iter().map(|c| sparse(&c.features)).collect();
        let mut keys: Vec<&str> = Vec::new();
        let groups: Vec<usize> = candidates
            .iter()
            .map(|c| match keys.iter().position(|k| *k == c.key) {
                Some(g) => g,
                None => {
                    keys.push(&c.key);
                    keys.len() - 1
                }
            })
            .collect();
        best(&self.vector(), self.none, &xs, &groups)
            .filter(|(_, p)| *p >= self.keep_at)
            .map(|(index, probability)| Choice { index, probability })
    }
}

/// One posting's candidates for a field, with which of them are right. When none is,
/// the right answer is "nothing" (the posting does not say, or says it in a way no
/// candidate caught): the model learns to stay empty there.
#[derive(Debug, Clone)]
pub struct Example {
    /// Feature vectors, one per candidate.
    pub features: Vec<Vec<f32>>,
    /// Which value each candidate has: candidates with the same number have one value.
    pub groups: Vec<usize>,
    /// Whether each candidate's value is right.
    pub correct: Vec<bool>,
}

struct Prepared {
    xs: Vec<Sparse>,
    groups: Vec<usize>,
    correct: Vec<bool>,
}

fn prepare(examples: &[Example]) -> Vec<Prepared> {
    examples
        .iter()
        .map(|e| Prepared {
            xs: e.features.iter().map(|x| sparse(x)).collect(),
            groups: e.groups.clone(),
            correct: e.correct.clone(),
        })
        .collect()
}

/// How strongly weights are pulled towards 0 (L2, per posting): few postings, many
/// features, so the model must not learn one posting's quirks.
const L2: f64 = 0.005;
const STEPS: usize = 500;
const LEARNING_RATE: f64 = 0.05;
/// Parts of the inner cross-validation that sets the threshold.
const INNER_FOLDS: usize = 5;

/// Fits a field: its weights by maximum likelihood with an L2 penalty (Adam, full batch, a
/// fixed number of steps from zero: the same corpus always gives the same model), then its
/// threshold by an inner cross-validation.
pub fn fit(examples: &[Example]) -> FieldModel {
    let prepared = prepare(examples);
    let all: Vec<&Prepared> = prepared.iter().collect();
    let theta = fit_weights(&all);
    let outcomes: Vec<(f64, bool)> = out_of_fold_prepared(&prepared, INNER_FOLDS)
        .into_iter()
        .flatten()
        .collect();
    let n = prepared.len().max(1) as f64;
    let keep_at = THRESHOLDS
        .iter()
        .copied()
        .find(|t| {
            let wrong = outcomes.iter().filter(|(p, ok)| *p >= *t && !ok).count();
            wrong as f64 / n <= WRONG_TARGET
        })
        .unwrap_or(1.0);
    FieldModel {
        none: round(theta.get(N_FEATURES).copied().unwrap_or(0.0)),
        keep_at,
        weights: FEATURES
            .iter()
            .zip(&theta)
            .map(|(f, w)| ((*f).to_string(), round(*w)))
            .collect(),
    }
}

/// Each posting's best value from weights fitted without it (`folds`-fold, posting `i` in
/// part `i % folds`): its probability and whether it is right; `None` for a posting
/// without candidates. What a threshold would keep, on postings the weights never saw.
pub fn out_of_fold(examples: &[Example], folds: usize) -> Vec<Option<(f64, bool)>> {
    out_of_fold_prepared(&prepare(examples), folds)
}

fn out_of_fold_prepared(prepared: &[Prepared], folds: usize) -> Vec<Option<(f64, bool)>> {
    let folds = folds.clamp(1, prepared.len().max(1));
    let mut out = vec![None; prepared.len()];
    for k in 0..folds {
        let train: Vec<&Prepared> = prepared
            .iter()
            .enumerate()
            .filter(|(i, _)| folds == 1 || i % folds != k)
            .map(|(_, p)| p)
            .collect();
        let t = fit_weights(&train);
        let none = t.get(N_FEATURES).copied().unwrap_or(0.0);
        for (i, p) in prepared.iter().enumerate().filter(|(i, _)| i % folds == k) {
            out[i] = best(&t, none, &p.xs, &p.groups)
                .map(|(c, prob)| (prob, p.correct.get(c).copied().unwrap_or(false)));
        }
    }
    out
}

fn fit_weights(examples: &[&Prepared]) -> Vec<f64> {
    let n = N_FEATURES + 1; // the last parameter is "nothing"'s score
    let mut theta = vec![0f64; n];
    let (mut m, mut v) = (vec![0f64; n], vec![0f64; n]);
    let (b1, b2, eps) = (0.9f64, 0.999f64, 1e-8f64);
    let count = examples.len().max(1) as f64;
    for step in 1..=STEPS {
        let mut grad = vec![0f64; n];
        for ex in examples {
            accumulate(&theta, ex, &mut grad);
        }
        for (i, g) in grad.iter_mut().enumerate() {
            *g = -*g / count + if i < N_FEATURES { L2 * theta[i] } else { 0.0 };
        }
        let t = step as i32;
        for i in 0..n {
            m[i] = b1 * m[i] + (1.0 - b1) * grad[i];
            v[i] = b2 * v[i] + (1.0 - b2) * grad[i] * grad[i];
            let mh = m[i] / (1.0 - b1.powi(t));
            let vh = v[i] / (1.0 - b2.powi(t));
            theta[i] -= LEARNING_RATE * mh / (vh.sqrt() + eps);
        }
    }
    theta
}

/// Weights are written with 4 decimals: the file stays readable and diffs stay small.
fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Adds the gradient of one example's log-likelihood to `grad`.
fn accumulate(theta: &[f64], ex: &Prepared, grad: &mut [f64]) {
    let none = theta.get(N_FEATURES).copied().unwrap_or(0.0);
    let scores: Vec<f64> = ex.xs.iter().map(|x| dot(theta, x)).collect();
    let max = scores.iter().copied().fold(none, f64::max);
    let e_none = (none - max).exp();
    let exps: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
    let z = e_none + exps.iter().sum::<f64>();
    let any = ex.correct.iter().any(|c| *c);
    // Target distribution: the right candidates in proportion to the model, or "nothing".
    let zt: f64 = exps
        .iter()
        .zip(&ex.correct)
        .filter(|(_, c)| **c)
        .map(|(e, _)| e)
        .sum();
    for (i, x) in ex.xs.iter().enumerate() {
        let p = exps[i] / z;
        let q = if any && ex.correct[i] {
            exps[i] / zt
        } else {
            0.0
        };
        let d = q - p;
        for (j, xv) in x {
            if let Some(g) = grad.get_mut(*j) {
                *g += d * xv;
            }
        }
    }
    if let Some(g) = grad.get_mut(N_FEATURES) {
        *g += (if any { 0.0 } else { 1.0 }) - e_none / z;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_parses_and_knows_every_feature() {
        let parsed: Model = serde_json::from_str(include_str!("model.json")).unwrap();
        for field in RankedField::ALL {
            let m = parsed.field(field);
            for f in FEATURES {
                assert!(m.weights.contains_key(*f), "{} lacks {f}", field.key());
            }
            assert_eq!(m.weights.len(), FEATURES.len(), "{}", field.key());
        }
    }

    #[test]
    fn fitting_learns_which_feature_marks_the_right_candidate() {
        // Feature 0 marks the right candidate in every example; feature 1 is noise.
        let mut examples = Vec::new();
        for i in 0..20 {
            let mut right = vec![0f32; N_FEATURES];
            right[0] = 1.0;
            right[1] = (i % 2) as f32;
            let mut wrong = vec![0f32; N_FEATURES];
            wrong[1] = ((i + 1) % 2) as f32;
            examples.push(Example {
                features: vec![wrong, right],
                groups: vec![0, 1],
                correct: vec![false, true],
            });
        }
        // And postings with no right candidate teach "nothing".
        for _ in 0..5 {
            examples.push(Example {
                features: vec![vec![0f32; N_FEATURES]],
                groups: vec![0],
                correct: vec![false],
            });
        }
        let m = fit(&examples);
        let w0 = m.weights[FEATURES[0]];
        let w1 = m.weights[FEATURES[1]];
        assert!(w0 > 1.0 && w0 > w1.abs() + 1.0, "{w0} {w1}");
        assert!(m.none > 0.0);
        // A new posting: the marked candidate wins, with the noise on the other one.
        let mut right = vec![0f32; N_FEATURES];
        right[0] = 1.0;
        let mut wrong = vec![0f32; N_FEATURES];
        wrong[1] = 1.0;
        let (xs, w) = ([sparse(&wrong), sparse(&right)], m.vector());
        let (index, p) = best(&w, m.none, &xs, &[0, 1]).unwrap();
        assert_eq!(index, 1);
        assert!(p >= m.keep_at, "{p} < {}", m.keep_at);
        // Nothing marked: "nothing" wins, so no value is kept.
        let (_, p) = best(&w, m.none, &[sparse(&wrong)], &[0]).unwrap();
        assert!(p < 0.5, "{p}");
        // Same corpus, same weights.
        assert_eq!(fit(&examples), m);
    }
}
