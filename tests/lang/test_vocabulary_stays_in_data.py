"""House style: Arabic vocabulary lives in src/khabar/lang/ar/ data files, not in Python code.

Docstrings and comments may quote Arabic (examples); string literals in code may not, except
punctuation and script-range bounds that are no vocabulary (؟, tatweel, the Arabic block's ends).
"""

from __future__ import annotations

import ast
import pathlib
import re

import khabar

ARABIC_LETTER = re.compile("[\u0621-\u063F\u0641-\u064A\u0671-\u06D3]")  # letters; not tatweel
PACKAGE = pathlib.Path(khabar.__file__).parent


def _literals(path: pathlib.Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_arabic_words_in_python_outside_lang():
    offenders = [f"{path.relative_to(PACKAGE)}:{line}: {value!r}"
                 for path in sorted(PACKAGE.rglob("*.py")) if "lang" not in path.relative_to(PACKAGE).parts
                 for line, value in _literals(path) if ARABIC_LETTER.search(value)]
    assert offenders == []


def test_the_check_sees_an_arabic_literal(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""Docstring: قال."""\nSTOP = "؟"\nWORD = "قال"\n', encoding="utf-8")
    assert [value for _, value in _literals(sample) if ARABIC_LETTER.search(value)] == ["قال"]
