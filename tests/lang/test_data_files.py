"""Every data file under lang/ parses, and the loader reports errors as file:line."""

import pytest

from khabar import lang
from khabar.errors import LangDataError


@pytest.mark.parametrize("path", lang.all_data_files(), ids=lambda p: str(p.relative_to(lang.lang_root())))
def test_data_file_loads(path):
    rel = str(path.relative_to(lang.lang_root()))
    if path.suffix == ".tsv":
        rows = lang.load_tsv(rel)
        assert rows, f"{rel} has no rows"
    else:
        assert lang.load_yaml(rel) is not None


def test_every_lang_folder_has_a_readme():
    root = lang.lang_root()
    for folder in {p.parent for p in lang.all_data_files()}:
        assert (folder / "README.md").exists(), f"{folder.relative_to(root)} lacks README.md"


def test_bad_tsv_reports_file_and_line(tmp_path, monkeypatch):
    d = tmp_path / "ar" / "x"
    d.mkdir(parents=True)
    (d / "bad.tsv").write_text("form\tkind\nقال\tverb\n\tverb\n", encoding="utf-8")
    monkeypatch.setattr(lang, "lang_root", lambda language="ar": tmp_path / language)
    lang.load_tsv.cache_clear()
    with pytest.raises(LangDataError, match=r"bad\.tsv:3"):
        lang.load_tsv("x/bad.tsv", required=("form",))
    lang.load_tsv.cache_clear()


@pytest.mark.parametrize("path", [p for p in lang.all_data_files() if p.suffix != ".tsv"],
                         ids=lambda p: str(p.relative_to(lang.lang_root())))
def test_yaml_loader_reads_files_as_the_python_safe_loader(path):
    import yaml

    text = path.read_text(encoding="utf-8")

    def typed(x):  # the value with the type of every part (1 == True == 1.0 in Python)
        if isinstance(x, dict):
            return ("dict", [(typed(k), typed(v)) for k, v in x.items()])
        if isinstance(x, list):
            return ("list", [typed(v) for v in x])
        return (type(x).__name__, x)

    assert typed(yaml.load(text, Loader=lang._YAML_LOADER)) == typed(yaml.load(text, Loader=yaml.SafeLoader))


def test_bad_yaml_reports_file_and_line(tmp_path, monkeypatch):
    d = tmp_path / "ar" / "x"
    d.mkdir(parents=True)
    (d / "bad.yaml").write_text("words:\n  - قال\n  - [أعلن\nkind: verb\n", encoding="utf-8")
    monkeypatch.setattr(lang, "lang_root", lambda language="ar": tmp_path / language)
    lang.load_yaml.cache_clear()
    with pytest.raises(LangDataError, match=r"bad\.yaml:\d+: invalid YAML"):
        lang.load_yaml("x/bad.yaml")
    lang.load_yaml.cache_clear()
