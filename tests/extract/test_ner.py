"""The NER model: the shipped file matches its manifest, features match run-time tokens, scoring
follows CoNLL rules, and the tagger finds names in written sentences."""

from __future__ import annotations

import re

import pytest

from khabar.extract import ner
from tests.conftest import make_doc


def test_shipped_model_matches_manifest():
    man = ner.manifest()
    path = ner.model_dir() / man["model"]
    assert path.exists()
    assert ner.sha256(path) == man["sha256"]
    assert path.stat().st_size == man["bytes"] < 8_000_000
    assert man["feature_version"] == ner.FEATURE_VERSION
    assert man["labels"] == list(ner.LABELS)
    assert "anercorp/test.conll" not in man["training_data"]
    assert 0.0 < man["test"]["micro"]["f1"] <= 1.0


def test_shipped_side_files_match_manifest():
    man = ner.manifest()
    for key in ("train_lexicon", "places", "word_clusters"):
        entry = man[key]
        assert ner.sha256(ner.model_dir() / entry["file"]) == entry["sha256"], key


@pytest.mark.parametrize("text", [
    pytest.param("وقال وزير الخارجية الفرنسي، إن باريس ستستضيف المؤتمر.", id="clitics-and-comma"),
    pytest.param("وبالمدينة القديمة للجيش ٣ مواقع «محصّنة».", id="article-digits-quotes"),
    pytest.param("أعلنت الأمم المتحدة، أمس الأحد، عن خطة جديدة.", id="plain-news"),
])
def test_training_split_matches_runtime_tokens(text):
    # the model is trained on split_word(conll token) and run on doc.tokens: both must agree
    doc = make_doc(text)
    for t in doc.tokens:
        if t.is_word:
            assert ner.split_word(t.span.text) == (t.norm, t.prefix, t.stem, t.suffix), t.span.text


CHUNK_CASES = [
    pytest.param(["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}, id="plain"),
    pytest.param(["I-ORG", "I-ORG", "O"], {(0, 2, "ORG")}, id="stray-inside-starts-a-chunk"),
    pytest.param(["B-PER", "I-LOC"], {(0, 1, "PER"), (1, 2, "LOC")}, id="type-change-splits"),
    pytest.param(["B-PER", "B-PER"], {(0, 1, "PER"), (1, 2, "PER")}, id="begin-splits"),
    pytest.param(["O", "O"], set(), id="none"),
]


@pytest.mark.parametrize("tags,expected", CHUNK_CASES)
def test_chunks_follow_conll_rules(tags, expected):
    assert ner.chunks(tags) == expected


def test_score_chunks_counts_exact_matches_only():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "I-ORG"]]
    s = ner.score_chunks(gold, pred)
    assert s["LOC"]["f1"] == 1.0
    assert s["PER"]["precision"] == 0.0 and s["PER"]["recall"] == 0.0
    assert s["micro"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["micro"]["recall"] == pytest.approx(2 / 3, abs=1e-4)


@pytest.mark.parametrize("tag,mapped", [
    pytest.param("B-PERS", "B-PER", id="anercorp-pers"),
    pytest.param("I-GPE", "I-LOC", id="gpe-is-loc"),
    pytest.param("B-DATE", "O", id="unknown-type-dropped"),
    pytest.param("O", "O", id="outside"),
])
def test_map_tag(tag, mapped):
    assert ner.map_tag(tag) == mapped


CONLL = """\
# doc: written fixture
قال\tO
الرئيس\tO
الفرنسي\tO
إيمانويل\tB-PERS
ماكرون\tI-PERS
في\tO
باريس\tB-LOC
.\tO

وأعلنت\tO
الأمم\tB-ORG
المتحدة\tI-ORG
عن\tO
خطة\tO
.\tO
"""


def test_evaluate_conll_on_a_written_file(tmp_path):
    path = tmp_path / "mini.conll"
    path.write_text(CONLL, encoding="utf-8")
    assert [w for w, _ in ner.read_conll(path)][1] == ["وأعلنت", "الأمم", "المتحدة", "عن", "خطة", "."]
    res = ner.evaluate_conll(path)
    assert res["tokens"] == 14 and res["sentences"] == 2
    assert set(res["types"]) <= {"PER", "LOC", "ORG", "MISC"}
    assert res["micro"]["support"] == 3
    assert res["tokens_per_s"] > 0
    assert res["micro"]["f1"] >= 2 / 3


SENTENCES = [
    pytest.param("وقال وزير الخارجية الأمريكي جون كيري في واشنطن إن المفاوضات مستمرة .",
                 {("جون كيري", "PER"), ("واشنطن", "LOC")}, id="minister-name-capital"),
    pytest.param("واستقبل الملك عبدالله الثاني في عمان رئيس الوزراء البريطاني .",
                 {("عبدالله الثاني", "PER")}, id="king-name"),
    pytest.param("وذكرت وكالة رويترز أن مجلس الأمن الدولي سيعقد جلسة طارئة .",
                 {("مجلس الأمن الدولي", "ORG")}, id="security-council"),
]


@pytest.mark.parametrize("sentence,expected", SENTENCES)
def test_tagger_finds_names(sentence, expected):
    words = sentence.split()
    tags = ner.tag_words(words)
    got = {(" ".join(words[s:e]), lab) for s, e, lab in ner.chunks(tags)}
    assert expected <= got, got


def test_lexicons_load_features():
    lex = ner.lexicons()
    assert "first_name" in lex.words[ner.split_word("محمد")[0]]
    assert "place" in lex.words[ner.split_word("دمشق")[0]]
    assert "org_head" in lex.words[ner.split_word("وزارة")[0]]


def test_fast_decoder_equals_crfsuite():
    docs = [
        ["وقال وزير الخارجية الأمريكي جون كيري في واشنطن إن المفاوضات مستمرة .",
         "وأضاف كيري أن الولايات المتحدة والاتحاد الأوروبي سيعقدان اجتماعا في بروكسل .", "."],
        ["استقبل", "وذكرت وكالة رويترز أن مجلس الأمن الدولي سيعقد جلسة طارئة لبحث الوضع في حلب وإدلب ."],
        ["وعرضت قناة المنار برنامج « حديث الساعة » ، وقالت حركة المقاومة الإسلامية ( حماس ) إن \" الجولة \" انتهت ."],
    ]
    m = ner.Model(o_penalty=0.0)  # crfsuite's own tagger knows no penalty
    for sentences in docs:
        items = [[ner.split_word(w) for w in s.split()] for s in sentences] + [[]]
        assert m.tag_document(items, propagate=False) == m.tag_document_crfsuite(items)


@pytest.mark.parametrize("text", [
    pytest.param("وقال وزير الخارجية الأمريكي جون كيري في واشنطن إن المفاوضات مستمرة .", id="arabic"),
    pytest.param("وبحسب وكالة رويترز فإن 25 شخصا قتلوا في هجوم على مقر الأمم المتحدة بحلب ( شمال ) .",
                 id="digits-brackets"),
    pytest.param("أعلنت شركة Google و Apple عن 3.5 مليار $ للمدرستين والكتب", id="latin-symbols"),
    # stems of every length the prefix and suffix rows of a stem (s1= … e4=, n=) tell apart
    pytest.param("و ب في عن قتل مكتب مدرسه مدارس والمكتبات الاستراتيجيه واستراتيجياتهم", id="stem-lengths"),
])
def test_decoder_type_ids_equal_the_feature_strings(text):
    """The decoder looks a new type's features up by family (no strings built); the rows must be
    those of FeatureCache.raw's feature strings, in order, unknown ones left out."""
    m = ner.model()
    m.decoder._type_rows.forget()  # the rows of the stems' letters worked out again
    get2, get1, get0 = m.decoder.slot_lookups()
    for item in [ner.split_word(w) for w in text.split()]:
        own, ctx1, ctx2, marks, _in_doc = m.features.raw(item)
        want = ([get2(f, 0) for f in ctx2] + [get1(f, 0) for f in ctx1[len(ctx2):]]
                + [get0(f, 0) for f in own[len(ctx1):]])
        assert m.decoder._type_rows.ids(item) == ([r for r in want if r], marks)


def test_decoder_type_cache_reset_keeps_tags():
    m = ner.Model(o_penalty=0.0)
    m.features.max_size = 8  # forces both caches to start afresh inside these documents
    sentences = ["أعلن وزير الدفاع البريطاني في لندن أن بلاده سترسل قوات إلى العراق وسوريا قريبا .",
                 "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع في اليمن خطير ."]
    items = [[ner.split_word(w) for w in s.split()] for s in sentences]
    first = m.tag_document(items, propagate=False)
    assert m.tag_document(items, propagate=False) == first == m.tag_document_crfsuite(items)


BRACKET_CASES = [
    pytest.param("برنامج \" حديث الساعة \" اليومي", {(2, "qb=Q"), (2, "q=Q2"), (3, "q=Q2"), (2, "qh=Q{برنامج}"),
                                                      (3, "qh=Q{برنامج}")}, id="quoted-title"),
    pytest.param("حركة ( حماس )", {(2, "qb=P"), (2, "q=P1"), (2, "qh=P{حركة}")}, id="parenthesised-acronym"),
    pytest.param("\" قال \"", {(1, "qb=Q"), (1, "q=Q1"), (1, "qh=Q^")}, id="quote-at-sentence-start"),
    pytest.param("قال \" إن الوضع في المدينة صعب جدا منذ أيام \"", set(), id="long-quote-is-speech"),
    pytest.param("قال \" إن", set(), id="unpaired-quote"),
    pytest.param("( ) \" \"", set(), id="empty-pairs"),
]


@pytest.mark.parametrize("text,expected", BRACKET_CASES)
def test_bracket_features(text, expected):
    # "{word}" in a feature stands for the stem the tagger sees for that word
    stem = {w: ner.split_word(w)[2] for w in text.split()}
    expected = {(i, re.sub(r"\{(.+)\}", lambda m: stem[m.group(1)], f)) for i, f in expected}
    assert set(ner.bracket_features([stem[w] for w in text.split()])) == expected


def test_shipped_model_applies_the_manifest_o_penalty():
    assert ner.model().decoder.o_penalty == ner.manifest().get("o_penalty", 0.0)
    assert ner.Model(o_penalty=0.25).decoder.o_penalty == 0.25


def test_o_penalty_trades_precision_for_recall():
    sentences = ["وقال المتحدث باسم الشركة إن المهندس كريم سليمان سيزور مدينة طرابلس الأسبوع المقبل ."]
    items = [[ner.split_word(w) for w in s.split()] for s in sentences]
    m = ner.Model(o_penalty=0.0)
    named = [sum(t != "O" for t in tags) for tags in m.tag_document(items, propagate=False)]
    m.decoder.o_penalty = 50.0  # far beyond any tuned value: every word leaves O
    assert [sum(t != "O" for t in tags) for tags in m.tag_document(items, propagate=False)] == [
        len(s) for s in items]
    assert named[0] < len(items[0])


def test_decoder_type_cache_keeps_types_met_again():
    m = ner.Model(o_penalty=0.0)
    first = [[ner.split_word(w) for w in "قال الرئيس إن الحكومة ستعقد اجتماعا في القاهرة غدا .".split()]]
    other = [[ner.split_word(w) for w in s.split()] for s in (
        "وصل وفد من الأمم المتحدة إلى مدينة حمص صباح اليوم .",
        "وأكد المتحدث باسم الجيش أن القوات سيطرت على قرية جديدة .")]
    want = m.tag_document(first, propagate=False)
    assert m.tag_document(first, propagate=False) == want  # its types are now met again
    got = [m.tag_document([other[0]], propagate=False)]
    m.features.max_size = len(m.decoder._types) + len(other[1]) - 1  # the next document forces a reset
    assert 4 * (len(first[0]) + len(other[1])) <= 3 * m.features.max_size  # with room for the types kept
    got.append(m.tag_document([other[1]], propagate=False))
    assert set(first[0]) <= set(m.decoder._types)  # the types met twice survived it
    assert not set(other[0]) - set(first[0]) & set(m.decoder._types)  # the ones met once did not
    assert m.tag_document(first, propagate=False) == want == m.tag_document_crfsuite(first)
    assert got == [m.tag_document_crfsuite([s]) for s in other]


def test_decoder_keeps_type_rows_in_form_memos_and_drops_them_on_a_reset():
    from khabar.text.segment import Form

    class Counting(dict):
        gets = 0

        def get(self, *a):
            Counting.gets += 1
            return super().get(*a)

    def memos(items):  # one memo per form, shared by its tokens, as segment makes them
        by = {}
        return [by.setdefault(it, Form()) for s in items for it in s]

    m = ner.Model(o_penalty=0.0)
    first = [[ner.split_word(w) for w in "قال الرئيس إن الحكومة ستعقد اجتماعا في القاهرة غدا .".split()],
             [ner.split_word(w) for w in "وقال الرئيس إن الاجتماع في القاهرة .".split()]]
    other = [[ner.split_word(w) for w in "وصل وفد من الأمم المتحدة إلى مدينة حمص صباح اليوم .".split()]]
    forms = memos(first)
    want = m.tag_document_crfsuite(first)
    assert m.tag_document(first, propagate=False, forms=forms) == want
    assert m.decoder.last_rows == m.decoder.rows(first)  # the same rows as by item
    assert all(f.ner_row >= 0 for f in forms)
    m.decoder._types = Counting(m.decoder._types)
    assert m.tag_document(first, propagate=False, forms=forms) == want
    assert Counting.gets == 0  # every row came from the memos
    m.features.max_size = len(m.decoder._types) + len(other[0]) - 1  # the next document forces a reset
    m.tag_document(other, propagate=False, forms=memos(other))
    Counting.gets = 0
    assert m.tag_document(first, propagate=False, forms=forms) == want  # renumbered rows: not read from memos
    assert m.decoder.last_rows == m.decoder.rows(first)
    m2 = ner.Model(o_penalty=0.0)  # another decoder's rows are not this one's
    assert m2.tag_document(first, propagate=False, forms=forms) == want
    assert m2.decoder.last_rows == m2.decoder.rows(first)


def test_decoder_reads_no_later_decoders_rows_from_form_memos():
    from khabar.text.segment import Form

    first = [[ner.split_word(w) for w in "قال الرئيس إن الحكومة ستعقد اجتماعا في القاهرة غدا .".split()]]
    by: dict = {}
    forms = [by.setdefault(it, Form()) for s in first for it in s]
    m = ner.Model(o_penalty=0.0)
    want = m.tag_document(first, propagate=False, forms=forms)
    ner.Model(o_penalty=0.0).tag_document(first, propagate=False, forms=forms)  # memos now hold its rows
    assert m.tag_document(first, propagate=False, forms=forms) == want
    assert m.decoder.last_rows == m.decoder.rows(first)


def test_decoder_notes_a_type_once_and_keeps_the_note_with_it():
    m = ner.Model(o_penalty=0.0)
    calls: list[str] = []

    def note(norm: str) -> str:
        calls.append(norm)
        return norm[::-1]

    words = "قال الرئيس إن الرئيس سيزور القاهرة .".split()
    items = [[ner.split_word(w) for w in words]]
    m.tag_document(items, propagate=False)
    first = m.decoder.noted(m.decoder.last_rows, note)
    assert first == [ner.split_word(w)[0][::-1] for w in words]
    assert sorted(calls) == sorted({ner.split_word(w)[0] for w in words})  # once per type
    m.tag_document(items, propagate=False)  # met again: kept through a reset of the type cache
    m.tag_document([[ner.split_word(w) for w in "وأكد المتحدث باسم الجيش أن القوات سيطرت على قرية".split()]],
                   propagate=False)
    other = [[ner.split_word(w) for w in "وصل وفد الأمم المتحدة".split()]]
    m.features.max_size = len(m.decoder._types) + len(other[0]) - 1  # the next document forces a reset
    m.tag_document(other, propagate=False)
    assert set(items[0]) <= set(m.decoder._types) and len(m.decoder._types) < m.features.max_size
    m.tag_document(items, propagate=False)
    n_calls = len(calls)
    assert m.decoder.noted(m.decoder.last_rows, note) == first
    assert len(calls) == n_calls


def _brute_force_viterbi(E, T):
    """The best label path of one sentence by plain dynamic programming over Python lists."""
    n, K = E.shape
    score = list(E[0])
    back = []
    for t in range(1, n):
        prev = [max(range(K), key=lambda a: score[a] + T[a, b]) for b in range(K)]
        score = [score[prev[b]] + T[prev[b], b] + E[t, b] for b in range(K)]
        back.append(prev)
    cur = max(range(K), key=score.__getitem__)
    path = [cur]
    for prev in reversed(back):
        cur = prev[cur]
        path.append(cur)
    return path[::-1]


@pytest.mark.parametrize("lens", [
    pytest.param([1], id="one-token"),
    pytest.param([2, 1, 3], id="short-mixed"),
    pytest.param([7, 4, 1, 9, 2], id="odd-and-even-halves"),
])
def test_batched_viterbi_equals_plain_dynamic_programming(lens):
    import numpy as np

    dec = ner.model().decoder
    rng = np.random.default_rng(len(lens))
    E = rng.normal(size=(sum(lens), len(dec.labels)))
    got = dec.viterbi(E, lens)
    pos = 0
    for ln, tags in zip(lens, got):
        want = _brute_force_viterbi(E[pos:pos + ln], dec.T)
        assert tags == [dec.labels[x] for x in want]
        pos += ln


PROPAGATE_CASES = [
    pytest.param(["جون كيري زار لندن .", "وقال كيري إن الزيارة مهمة ."],
                 [["B-PER", "I-PER", "O", "B-LOC", "O"], ["O", "O", "O", "O", "O", "O"]],
                 [["B-PER", "I-PER", "O", "B-LOC", "O"], ["O", "B-PER", "O", "O", "O", "O"]], id="surname-alone"),
    pytest.param(["أعلن مجلس الأمن قرارا .", "وناقش مجلس الأمن الوضع ."],
                 [["O", "B-ORG", "I-ORG", "O", "O"], ["O", "O", "O", "O", "O"]],
                 [["O", "B-ORG", "I-ORG", "O", "O"], ["O", "B-ORG", "I-ORG", "O", "O"]], id="whole-name-again"),
    pytest.param(["جون كيري زار لندن .", "وقال كيري الابن ."],
                 [["B-PER", "I-PER", "O", "B-LOC", "O"], ["O", "B-PER", "I-PER", "O"]],
                 [["B-PER", "I-PER", "O", "B-LOC", "O"], ["O", "B-PER", "I-PER", "O"]], id="tagged-words-kept"),
    pytest.param(["زار كيري لندن .", "وقال كيري إن الزيارة مهمة ."],
                 [["O", "B-PER", "B-LOC", "O"], ["O", "O", "O", "O", "O", "O"]],
                 [["O", "B-PER", "B-LOC", "O"], ["O", "O", "O", "O", "O", "O"]], id="one-word-name-not-carried"),
]


@pytest.mark.parametrize("sentences,tags,expected", PROPAGATE_CASES)
def test_propagate_names(sentences, tags, expected):
    items = [[ner.split_word(w) for w in s.split()] for s in sentences]
    assert ner.propagate_names(items, tags) == expected


def test_model_info_reads_the_dump_like_pycrfsuite():
    from khabar.extract.ner_decode import ModelInfo

    tagger = ner.model().tagger
    ours, theirs = ModelInfo(tagger), tagger.info()
    assert ours.labels == theirs.labels
    assert ours.attributes == list(theirs.attributes)
    assert ours.transitions == theirs.transitions
    assert ours.state_features == theirs.state_features


def test_train_lexicon_keeps_one_string_per_value(tmp_path):
    # ~30,000 words, a few dozen values ("B-PER:hi" …): each value one object (memory)
    path = tmp_path / "train_lexicon.tsv"
    path.write_text("key\tvalue\nمحمد\tB-PER:hi\nأحمد\tB-PER:hi\n~جيش\tB-ORG:lo\n", encoding="utf-8")
    got = ner.load_train_lexicon(path)
    assert got == {"محمد": "B-PER:hi", "أحمد": "B-PER:hi", "~جيش": "B-ORG:lo"}
    assert got["محمد"] is got["أحمد"]
