"""Language detection by file extension: the 14 languages of the Rust scanner, with the display
names it stored in ``file_metadata.language``."""

from __future__ import annotations

from pathlib import PurePath

EXTENSIONS: dict[str, str] = {
    **dict.fromkeys(("ts", "tsx", "mts", "cts"), "TypeScript"),
    **dict.fromkeys(("js", "jsx", "mjs", "cjs"), "JavaScript"),
    **dict.fromkeys(("py", "pyi"), "Python"),
    "java": "Java",
    "cs": "C#",
    "go": "Go",
    "rs": "Rust",
    **dict.fromkeys(("rb", "rake", "gemspec"), "Ruby"),
    "php": "PHP",
    **dict.fromkeys(("kt", "kts"), "Kotlin"),
    **dict.fromkeys(("cpp", "cc", "cxx", "hpp", "hxx", "hh"), "C++"),
    **dict.fromkeys(("c", "h"), "C"),
    "swift": "Swift",
    **dict.fromkeys(("scala", "sc"), "Scala"),
}


def language_of(path: str) -> str | None:
    """The language of ``path`` by its extension, or None when unknown."""
    return EXTENSIONS.get(PurePath(path).suffix[1:].lower())
