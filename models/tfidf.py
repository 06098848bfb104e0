"""The embedded default backend: word + character n-gram TF-IDF, concern cues, linear heads.

One logistic-loss linear head (SGD, averaged) per task (urgency, route, each risk factor)
over the whole text, and a sentence model (``models.sentence_pool``) that scores every
window of one to three sentences. Each head blends its own logits with the strongest
window's logits through a small logistic regression fitted on held-out wordings, so that
its probabilities are calibrated and its contributions stay exact: a term's contribution
is its feature value times its blended, class-centred weight; the strongest window
contributes its pooled logit times its blend weight.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize_scalar
from sklearn.base import clone
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.preprocessing import normalize

from models.background import Background
from models.char_counts import CharCounter, fit_counts
from models.features import concern_block, concern_features, metadata, normalise, readable
from models.sentence_pool import (
    AKUT,
    KEYS,
    URGENT,
    UTREDNING,
    Pooled,
    SentencePool,
    threaded,
    training_units,
    windows,
)
from models.sentence_terms import Block, SentenceTerms, tfidf, tfidf_product
from triage.classifier import RISK_FACTORS, ROUTES, URGENCIES, Labels, ModelInput, Probabilities

ARTIFACT = "tfidf.skops"
# caches, rebuilt after loading
TRANSIENT = (
    "_names",
    "_last_row",
    "_char_counter",
    "_stacked_weights",
    "_centred",
    "_risk_table",
)
CUE_DROPOUT = 0.5  # share of calibration rows the blends see without their cues
CUE_WEIGHT = 2.0  # concern cues weigh double: they are few and telling
BLEND_C = 1.0  # inverse regularisation of the blend (a few inputs, ~2,000 held-out rows)
POOL_KEYS = {"urgency": (AKUT, URGENT), "route": (UTREDNING, AKUT)}  # risk:f -> (f,)


def _each_once(function: Callable, items: Sequence) -> list:
    """``[function(x) for x in items]``, computed once per distinct item (a training set
    repeats the referrals it weighs more)."""
    done: dict = {}
    return [done[x] if x in done else done.setdefault(x, function(x)) for x in items]


def _cue_rows(inputs: Sequence[ModelInput]) -> list[dict[str, float]]:
    """Each input's concern cue features (computed once per distinct input)."""
    return _each_once(concern_features, inputs)


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def _temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises held-out negative log-likelihood."""

    def nll(t: float) -> float:
        p = _softmax(logits / t)
        return -np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean()

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


class Head:
    """A linear head over the shared features, returning calibrated class probabilities."""

    def __init__(
        self,
        classes: Sequence[str],
        alpha: float,
        balanced: bool = False,
        pool_columns: Sequence[int] = (),
        epochs: int = 25,
    ) -> None:
        self.classes = list(classes)
        self.pool_columns = list(pool_columns)
        self.blend: LogisticRegression | None = None
        self.model = SGDClassifier(
            loss="log_loss",
            alpha=alpha,
            max_iter=epochs,
            tol=None,
            average=True,
            class_weight="balanced" if balanced else None,
            random_state=0,
        )
        self.temperature = 1.0

    def logits(self, x: sparse.csr_matrix) -> np.ndarray:
        # the linear model's decision function, without sklearn's per-call input checks
        return self.arrange(np.asarray(x @ self.model.coef_.T) + self.model.intercept_)

    def arrange(self, raw: np.ndarray) -> np.ndarray:
        """The linear model's raw decision values as logits in ``classes`` order."""
        if raw.shape[1] == 1:  # binary: columns (negative, positive)
            raw = raw[:, 0]
            raw = np.column_stack([np.zeros_like(raw), raw])
        order = [list(self.model.classes_).index(c) for c in self.classes]
        return raw[:, order]

    def fit(self, x, y: list[str], x_cal, y_cal: list[str], pooled_cal: np.ndarray) -> None:
        """Fit the linear model, then blend it with the pooled window logits on the
        calibration rows (temperature scaling only, if those lack a class)."""
        self.model.fit(x, y)
        _drop_averaging_state(self.model)
        if set(y_cal) >= set(self.classes):
            blend = LogisticRegression(C=BLEND_C, max_iter=1000)
            self.blend = blend.fit(self._inputs(x_cal, pooled_cal), y_cal)
        else:
            cal_index = np.array([self.classes.index(v) for v in y_cal])
            self.temperature = _temperature(self.logits(x_cal), cal_index)

    def _inputs(self, x, pooled: np.ndarray, logits: np.ndarray | None = None) -> np.ndarray:
        """The blend's inputs: the linear logits (binary: their difference) and the
        pooled window logits of this head's keys."""
        raw = self.logits(x) if logits is None else logits
        base = raw[:, 1:] - raw[:, :1] if len(self.classes) == 2 else raw
        return np.hstack([base, pooled[:, self.pool_columns]])

    def proba(self, x, pooled: np.ndarray, logits: np.ndarray | None = None) -> np.ndarray:
        """Class probabilities; ``logits`` saves the linear product when already known."""
        if logits is None:
            logits = self.logits(x)
        if self.blend is None:
            return _softmax(logits / self.temperature)
        # the blend's own arithmetic, without sklearn's per-call input checks
        blend = self.blend
        z = self._inputs(x, pooled, logits) @ blend.coef_.T + blend.intercept_
        p = _softmax(np.column_stack([-z[:, 0] / 2, z[:, 0] / 2]) if z.shape[1] == 1 else z)
        return p[:, [list(blend.classes_).index(c) for c in self.classes]]

    def _mix(self) -> np.ndarray:
        """Class-centred blend weights, one row per class (in ``classes`` order)."""
        coef = self.blend.coef_
        coef = np.vstack([-coef[0], coef[0]]) / 2 if coef.shape[0] == 1 else coef - coef.mean(0)
        return coef[[list(self.blend.classes_).index(c) for c in self.classes]]

    def _base_weights(self) -> np.ndarray:
        """Feature weights of the blend's linear inputs (one row per input)."""
        coef = self.model.coef_
        if coef.shape[0] == 1:  # binary: the input is logit(classes[1]) - logit(classes[0])
            sign = 1.0 if self.model.classes_[1] == self.classes[1] else -1.0
            return sign * coef
        return coef[[list(self.model.classes_).index(c) for c in self.classes]]

    def centred_weights(self, label: str) -> np.ndarray:
        """Per-feature weight towards ``label`` relative to the other classes."""
        if self.blend is None:
            coef = self.model.coef_
            if coef.shape[0] == 1:  # binary
                w = coef[0] if label == self.model.classes_[1] else -coef[0]
                return w / 2 / self.temperature
            k = list(self.model.classes_).index(label)
            return (coef[k] - coef.mean(axis=0)) / self.temperature
        base = self._base_weights()
        return self._mix()[self.classes.index(label), : len(base)] @ base

    def pool_weights(self, label: str) -> np.ndarray:
        """The blend weight of each pooled key (``pool_columns``) towards ``label``."""
        if self.blend is None:
            return np.zeros(0)
        mix = self._mix()[self.classes.index(label)]
        return mix[len(mix) - len(self.pool_columns) :]


class TfidfClassifier:
    """Implements ``triage.classifier.Classifier``."""

    backend = "tfidf"

    def __init__(
        self,
        version: str = "dev",
        alpha: float = 2e-5,
        seed: int = 0,
        head_epochs: int = 25,
        pool_epochs: int = 15,
        pool_seeds: int = 3,
    ) -> None:
        """``head_epochs`` and ``pool_epochs``: SGD passes of the heads and of the
        sentence model, which averages ``pool_seeds`` runs (fewer fit sooner, at some
        cost in quality)."""
        self.version = version
        self.alpha = alpha
        self.seed = seed
        self.head_epochs = head_epochs
        # ``normalise`` lower-cases; upper case marks negated words
        self.word = TfidfVectorizer(
            ngram_range=(1, 2), min_df=2, max_features=60_000, sublinear_tf=True, lowercase=False
        )
        self.char = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(3, 5),
            min_df=3,
            max_features=80_000,
            sublinear_tf=True,
            lowercase=False,
        )
        self.meta = DictVectorizer()
        self.cues = DictVectorizer()
        self.pool = SentencePool(epochs=pool_epochs, seeds=pool_seeds)
        self.heads: dict[str, Head] = {}

    # -- features -------------------------------------------------------------------------
    def _blocks(self, inputs: Sequence[ModelInput]):
        return self._text_blocks(inputs) + self._other_blocks(inputs)

    def _text_blocks(self, inputs: Sequence[ModelInput], fit: bool = False):
        """Word and character n-grams (``fit``: fitting the vectorisers)."""
        texts = _each_once(normalise, [item.text for item in inputs])
        word = self.word.fit_transform(texts) if fit else self.word.transform(texts)
        counts = fit_counts(self.char, texts) if fit else self._counts(self.char, texts)
        return [word, _tfidf(self.char, counts)]

    def _other_blocks(
        self, inputs: Sequence[ModelInput], fit: bool = False, cues: list[dict] | None = None
    ):
        """Metadata and concern cues (``cues``: the inputs' cue rows, when known)."""
        metas = [metadata(item) for item in inputs]
        cues = _cue_rows(inputs) if cues is None else cues
        meta = self.meta.fit_transform(metas) if fit else self.meta.transform(metas)
        cue = self.cues.fit_transform(cues) if fit else self.cues.transform(cues)
        return [meta, cue * CUE_WEIGHT]

    def features(self, inputs: Sequence[ModelInput]) -> sparse.csr_matrix:
        return sparse.hstack(self._blocks(inputs)).tocsr()

    def _counts(self, vectoriser: TfidfVectorizer, texts: Sequence[str]) -> sparse.csr_matrix:
        """Term counts of already normalised texts (characters through the word cache)."""
        if vectoriser is not self.char:
            return CountVectorizer.transform(vectoriser, texts).astype(np.float64)
        return self._chars().counts(texts)

    def _chars(self) -> CharCounter:
        """The character counter of the fitted ``char`` vectoriser (its word cache lives
        as long as the model)."""
        counter = self.__dict__.get("_char_counter")
        if counter is None or counter.vectoriser is not self.char:
            counter = self._char_counter = CharCounter(self.char)
        return counter

    def _window_features(self, pieces: list[str], band: sparse.csr_matrix) -> sparse.csr_matrix:
        """Word and character n-grams of windows (the sentence model's input): the
        pieces' term counts summed by ``band`` (windows x pieces), then tf-idf."""
        normalised = [normalise(t) for t in pieces]
        blocks = []
        for vectoriser in (self.word, self.char):
            counts = self._counts(vectoriser, normalised)
            blocks.append(_tfidf(vectoriser, (band @ counts).tocsr()))
        return sparse.hstack(blocks).tocsr()

    def _pooled(self, inputs: Sequence[ModelInput]) -> Pooled:
        if not self.pool.fitted:
            return Pooled(np.zeros((len(inputs), len(KEYS))), [[None] * len(KEYS)] * len(inputs))
        return self.pool.pool([item.text for item in inputs], self._window_features)

    def _row(self, item: ModelInput) -> tuple[sparse.csr_matrix, Pooled]:
        """Features and pooled windows of one input, remembered for the next call
        (explanations ask several times)."""
        cached = getattr(self, "_last_row", None)
        if cached is not None and cached[0] == item:
            return cached[1], cached[2]
        row, pooled = self.features([item]), self._pooled([item])
        self._last_row = (item, row, pooled)
        return row, pooled

    def feature_names(self) -> np.ndarray:
        if getattr(self, "_names", None) is None:
            self._names = np.concatenate(
                [
                    np.array([readable(t) for t in self.word.get_feature_names_out()]),
                    np.array([f"‹{readable(g)}›" for g in self.char.get_feature_names_out()]),
                    self.meta.get_feature_names_out(),
                    self.cues.get_feature_names_out(),
                ]
            )
        return self._names

    def occluded_proba(self, item: ModelInput, units: Sequence[tuple[int, int]]) -> Probabilities:
        """Probabilities of ``item`` (row 0) and of ``item`` without each unit, from its
        sentences' term counts: each sentence is counted once, and the variants and the
        sentence model's windows follow by addition (``models.sentence_terms``), exactly
        as re-vectorising them would. Cues are read once; a variant keeps the findings
        outside its unit (their time qualifiers still see the removed sentence)."""
        raw, row, window_logits, (spans, runs) = self._variant_logits(item, units)
        if window_logits is not None:
            pooled, without = self.pool.pool_without(spans, runs, window_logits, units)
        else:
            pooled, without = self._pooled([item]), np.zeros((len(units), len(KEYS)))
        self._last_row = (item, row, pooled)  # exactly features([item])
        return self._heads_proba(raw, np.vstack([pooled.logits, without]))

    def _variant_logits(self, item: ModelInput, units: Sequence[tuple[int, int]]):
        """The stacked linear logits of ``item`` (row 0) and of ``item`` without each unit;
        the features of ``item``; the sentence model's logits of each window (None when it
        is not fitted), and the windows."""
        terms = SentenceTerms(item.text, self.word, self._chars())
        spans, runs = windows(item.text)  # over the sentences that are not blank
        position = {span: i for i, span in enumerate(terms.spans)}
        in_terms = [(position[spans[a]], position[spans[b - 1]] + 1) for a, b in runs]
        word_counts, char_counts = terms.counts(terms.index(units), in_terms)
        n, words, chars = len(units) + 1, len(self.word.vocabulary_), len(self.char.vocabulary_)
        meta = _indicators(self.meta, [metadata(item)])
        columns, values = concern_block(item, units, self.cues.vocabulary_)
        cues = Block(columns + len(self.meta.vocabulary_), values * CUE_WEIGHT)
        weights, bias, _ = self._stacked()
        text = ((self.word, word_counts, 0), (self.char, char_counts, words))
        other = words + chars  # metadata, then cues
        raw = (
            sum(
                tfidf_product(v, c, slice(n), weights[at : at + len(v.vocabulary_)])
                for v, c, at in text
            )
            + cues.values @ weights[other + cues.columns]
            + (weights[other + meta.columns].sum(axis=0) + bias)
        )
        pieces = [(at, tfidf(v, c, slice(1))) for v, c, at in text]
        row = _first_row([*pieces, (other, meta), (other, cues)], weights.shape[0])
        if not self.pool.fitted:
            return raw, row, None, (spans, runs)
        # the window logits (float32, as the sentence model's weights and its batch path)
        window_logits = self.pool.bias + sum(
            tfidf_product(v, c, slice(n, None), self.pool.weights[at : at + len(v.vocabulary_)])
            for v, c, at in text
        )
        return raw, row, window_logits, (spans, runs)

    # -- Classifier -----------------------------------------------------------------------
    def fit(
        self,
        inputs: Sequence[ModelInput],
        labels: Labels,
        calibration: tuple[Sequence[ModelInput], Labels] | None = None,
    ) -> None:
        """Fit the sentence model on the labels' passages (if any), then every head; the
        blends come from ``calibration`` or a 15 % slice."""
        with Background(_cue_rows, inputs) as cues:  # read on the other core meanwhile
            # words and characters first: the sentence model needs their vocabularies
            text_blocks = self._text_blocks(inputs, fit=True)
            units, targets, known = training_units([i.text for i in inputs], labels)
            if targets.any():
                features = self.pool.unit_features(units, self._window_features)
                self.pool.fit(features, targets, known)
            other = self._other_blocks(inputs, fit=True, cues=cues.get())
        x = sparse.hstack(text_blocks + other).tocsr()
        if calibration:
            x_fit, y_fit = x, labels
            cal_inputs, y_cal = calibration
        else:
            is_cal = np.random.default_rng(self.seed).random(len(inputs)) < 0.15
            x_fit, y_fit = x[~is_cal], labels.rows(np.flatnonzero(~is_cal))
            cal_inputs = [item for item, c in zip(inputs, is_cal, strict=True) if c]
            y_cal = labels.rows(np.flatnonzero(is_cal))
        x_cal, pooled_cal = self.features(cal_inputs), self._pooled(cal_inputs).logits
        x_cal = self._cues_dropped(x_cal)  # the blends must not rely on cues alone

        def head(task: tuple) -> Head:
            classes, pick, keys, balanced = task
            columns = [KEYS.index(k) for k in keys] if self.pool.fitted else []
            h = Head(classes, self.alpha, balanced, columns, self.head_epochs)
            h.fit(x_fit, pick(y_fit), x_cal, pick(y_cal), pooled_cal)
            return h

        tasks = {
            "urgency": (
                [u.value for u in URGENCIES],
                lambda y: y.urgency,
                POOL_KEYS["urgency"],
                True,
            ),
            "route": ([r.value for r in ROUTES], lambda y: y.route, POOL_KEYS["route"], False),
        }
        for factor in RISK_FACTORS:
            tasks[f"risk:{factor.value}"] = (
                ["nej", "ja"],
                lambda y, f=factor.value: ["ja" if f in rf else "nej" for rf in y.risk_factors],
                (factor.value,),
                True,
            )
        self.heads = dict(zip(tasks, threaded(head, tasks.values()), strict=True))
        for cache in ("_stacked_weights", "_centred", "_risk_table"):
            self.__dict__.pop(cache, None)

    def _cues_dropped(self, x: sparse.csr_matrix) -> sparse.csr_matrix:
        """``x`` without its concern cues in a random ``CUE_DROPOUT`` of its rows. The
        blends are fitted on such rows: on unseen wordings the cue lexicon misses part of
        the concerns, so the blends must also trust the words (a lexicon that happens to
        cover every calibration example would otherwise leave uncued concerns unseen)."""
        first_cue = x.shape[1] - len(self.cues.vocabulary_)
        dropped = np.random.default_rng(self.seed + 1).random(x.shape[0]) < CUE_DROPOUT
        rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
        x = x.copy()
        x.data[dropped[rows] & (x.indices >= first_cue)] = 0.0
        x.eliminate_zeros()
        return x

    def predict_proba(self, inputs: Sequence[ModelInput]) -> Probabilities:
        return self._proba(self.features(inputs), self._pooled(inputs).logits)

    def _proba(self, x: sparse.csr_matrix, pooled: np.ndarray) -> Probabilities:
        weights, bias, _ = self._stacked()
        return self._heads_proba(np.asarray(x @ weights) + bias, pooled)

    def _heads_proba(self, raw: np.ndarray, pooled: np.ndarray) -> Probabilities:
        """Every head's probabilities from the stacked linear product ``raw``."""
        columns = self._stacked()[2]

        def proba(name: str) -> np.ndarray:
            head = self.heads[name]
            return head.proba(None, pooled, head.arrange(raw[:, columns[name]]))

        risk_names = [f"risk:{f.value}" for f in RISK_FACTORS]
        table = self._risk_blends()
        if table is None:  # a risk head without a blend: each on its own
            risk = np.column_stack([proba(name)[:, 1] for name in risk_names])
        else:
            raw_columns, sign, base, pool_weights, bias, flip = table
            z = (sign * raw[:, raw_columns]) * base + pooled @ pool_weights.T + bias
            risk = 1.0 / (1.0 + np.exp(-z))
            risk[:, flip] = 1.0 - risk[:, flip]
        return Probabilities(urgency=proba("urgency"), route=proba("route"), risk=risk)

    def _risk_blends(self) -> tuple | None:
        """The blends of all risk heads as arrays, so that they run as one: per head its
        column in the stacked product, the sign that makes it the logit of "ja" against
        "nej", the blend's weight on it and on each pooled key, its intercept and whether
        the blend's positive class is "nej". ``Head.proba`` for each head, vectorised."""
        cached = self.__dict__.get("_risk_table")
        if cached is not None or "_risk_table" in self.__dict__:
            return cached
        heads = [self.heads[f"risk:{f.value}"] for f in RISK_FACTORS]
        table = None
        if all(h.blend is not None and h.model.coef_.shape[0] == 1 for h in heads):
            columns = self._stacked()[2]
            pool_weights = np.zeros((len(heads), len(KEYS)))
            base = np.zeros(len(heads))
            for k, head in enumerate(heads):
                coef = head.blend.coef_[0]
                base[k] = coef[0]
                pool_weights[k, head.pool_columns] = coef[1:]
            table = (
                np.array([columns[f"risk:{f.value}"].start for f in RISK_FACTORS]),
                np.array([1.0 if h.model.classes_[1] == "ja" else -1.0 for h in heads]),
                base,
                pool_weights,
                np.array([h.blend.intercept_[0] for h in heads]),
                np.array([h.blend.classes_[1] != "ja" for h in heads]),
            )
        self._risk_table = table
        return table

    def _stacked(self) -> tuple[np.ndarray, np.ndarray, dict[str, slice]]:
        """All heads' coefficients side by side (features x outputs, C order), their
        intercepts and each head's columns; built once per fitted or loaded model, after
        which each head's ``coef_`` is a view into it."""
        cached = self.__dict__.get("_stacked_weights")
        if cached is None:
            coefs = [h.model.coef_ for h in self.heads.values()]
            ends = np.cumsum([len(c) for c in coefs])
            columns = {
                name: slice(end - len(c), end)
                for name, c, end in zip(self.heads, coefs, ends, strict=True)
            }
            weights = np.ascontiguousarray(np.vstack(coefs).T)
            bias = np.concatenate([h.model.intercept_ for h in self.heads.values()])
            for name, head in self.heads.items():  # views: the weights are held once
                head.model.coef_ = weights[:, columns[name]].T
            cached = self._stacked_weights = (weights, bias, columns)
        return cached

    def contributions(
        self, item: ModelInput, task: str, label: str, top: int = 10
    ) -> list[tuple[str, float]]:
        """Exact contributions to the class-centred logit of ``label``: each feature, and
        the strongest window of each pooled key (named by its text in «»)."""
        head = self.heads[task]
        row, pooled = self._row(item)
        cache = self.__dict__.setdefault("_centred", {})
        weights = cache.get((task, label))
        if weights is None:
            weights = cache[(task, label)] = head.centred_weights(label)
        values = [row.data * weights[row.indices]]
        windows = []
        for column, weight in zip(head.pool_columns, head.pool_weights(label), strict=True):
            window = pooled.best[0][column]
            if window is not None:
                values.append(np.array([weight * pooled.logits[0, column]]))
                windows.append(f"«{_quote(item.text[window[0] : window[1]])}»")
        every = np.concatenate(values)
        terms = len(row.indices)
        names = self.feature_names()
        return [
            (
                str(names[row.indices[i]]) if i < terms else windows[i - terms],
                round(float(every[i]), 4),
            )
            for i in np.argsort(-every)[:top]
            if every[i] > 0
        ]

    # -- persistence ----------------------------------------------------------------------
    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        state = {k: v for k, v in self.__dict__.items() if k not in TRANSIENT}
        state["word"], state["char"] = _compact(self.word), _compact(self.char)
        _skops().dump(state, path / ARTIFACT)

    @classmethod
    def load(cls, path: Path) -> TfidfClassifier:
        file = path / ARTIFACT
        if not file.exists():
            raise FileNotFoundError(f"no tfidf model at {file}")
        state = _skops().load(file, trusted=_trusted_types(file))
        model = cls.__new__(cls)
        model.__dict__.update(state)
        model.word, model.char = _expand(model.word), _expand(model.char)
        model.__dict__.setdefault("pool", SentencePool())  # saved before sentence pooling
        for head in model.heads.values():
            _drop_averaging_state(head.model)  # models saved before this kept it
            head.__dict__.setdefault("blend", None)
            head.__dict__.setdefault("pool_columns", [])
        return model


def _quote(text: str, width: int = 90) -> str:
    """A window's text on one line, shortened to ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _drop_averaging_state(model: SGDClassifier) -> None:
    """Forget what averaged SGD keeps only to continue fitting (two more copies of the
    coefficients: memory and artifact size for nothing once the model is fitted)."""
    for name in ("_standard_coef", "_average_coef", "_standard_intercept", "_average_intercept"):
        model.__dict__.pop(name, None)


def _compact(vectoriser: TfidfVectorizer) -> TfidfVectorizer:
    """A copy that saves and loads fast: the vocabulary as one array of terms in column
    order (skops writes a dict entry by entry, ten times slower), no ``stop_words_`` (the
    terms cut by min_df/max_features, which transform never uses)."""
    copy = clone(vectoriser)
    copy.__dict__.update(
        {k: v for k, v in vectoriser.__dict__.items() if k not in ("stop_words_", "vocabulary_")}
    )
    terms = sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.__getitem__)
    copy.terms_ = np.array(terms, dtype=str)
    return copy


def _expand(vectoriser: TfidfVectorizer) -> TfidfVectorizer:
    """Undo :func:`_compact` after loading (models saved before it have a vocabulary)."""
    terms = vectoriser.__dict__.pop("terms_", None)
    if terms is not None:
        vectoriser.vocabulary_ = {term: index for index, term in enumerate(terms.tolist())}
    return vectoriser


def _tfidf(vectoriser: TfidfVectorizer, counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """What ``vectoriser.transform`` does after counting: sublinear tf, idf, l2 norm
    (on the CSR arrays directly; sklearn's checks cost more than the arithmetic)."""
    counts = counts.tocsr()
    data = np.log(counts.data) + 1.0 if vectoriser.sublinear_tf else counts.data.astype(float)
    data *= vectoriser.idf_[counts.indices]
    result = sparse.csr_matrix((data, counts.indices, counts.indptr), shape=counts.shape)
    if vectoriser.norm != "l2":
        return normalize(result, norm=vectoriser.norm) if vectoriser.norm else result
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=counts.shape[0]))
    norms[norms == 0] = 1.0
    data /= norms[rows]
    return result


def _first_row(pieces: list[tuple[int, Block]], width: int) -> sparse.csr_matrix:
    """The first rows of ``(offset, block)`` pieces, each at its column offset, as one sparse
    row of ``width`` columns."""
    columns = np.concatenate([at + block.columns for at, block in pieces])
    values = np.concatenate([block.values[0] for _, block in pieces])
    present = values != 0
    return sparse.csr_matrix(
        (values[present], columns[present], [0, present.sum()]), shape=(1, width)
    )


def _indicators(vectoriser: DictVectorizer, rows: list[dict[str, float]]) -> Block:
    """``vectoriser.transform(rows)`` for rows of 1.0 indicators, as a dense block."""
    vocabulary = vectoriser.vocabulary_
    hits = [(i, vocabulary[k]) for i, row in enumerate(rows) for k in row if k in vocabulary]
    columns, local = np.unique(np.array([c for _, c in hits], dtype=int), return_inverse=True)
    values = np.zeros((len(rows), len(columns)))
    values[[i for i, _ in hits], local] = 1.0
    return Block(columns, values)


def _skops():
    """skops.io, imported on first use: it takes about 2 s (it lists every scikit-learn
    type), which neither prediction nor fitting needs."""
    import skops.io

    return skops.io


def _trusted_types(file: Path) -> list[str]:
    """Accept only numpy, scipy, sklearn and this package's own types."""
    untrusted = _skops().get_untrusted_types(file=file)
    allowed = ("numpy.", "scipy.", "sklearn.", "models.", "builtins.")
    refused = [t for t in untrusted if not t.startswith(allowed)]
    if refused:
        raise ValueError(f"{file} contains types that are not trusted: {refused}")
    return untrusted
