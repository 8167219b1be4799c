"""Reading the analyser's YAML lists (themes, sentiment, safeguarding, signals), which people edit by hand.

Plain YAML keeps only the last of two keys written alike in one mapping, so a theme's second "exclude:" or a
sentiment phrase pasted twice with another score would quietly replace the first. These lists are read with
a loader that refuses that instead, naming the file, the line and the key.
"""

from pathlib import Path

import yaml


class WrittenTwice(yaml.YAMLError):
    """A key written twice in one mapping of a list file."""


class _Loader(yaml.SafeLoader):
    file_name = "<text>"

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen = set()
        for key, _ in node.value:
            if key.value in seen:
                line = key.start_mark.line + 1
                raise WrittenTwice(
                    f"{self.file_name}, line {line}: '{key.value}' is written twice; join the two into one"
                )
            seen.add(key.value)
        return super().construct_mapping(node, deep)


def load(path: Path) -> object:
    """The YAML in ``path``; raises WrittenTwice (a yaml.YAMLError) for a key written twice in one mapping."""
    loader = _Loader(path.read_text(encoding="utf-8"))
    loader.file_name = path.name
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
