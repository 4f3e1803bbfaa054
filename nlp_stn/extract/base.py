"""Shared pieces of the format readers.

Every reader module (``text``, ``html``, ``pdf``, ``office``, ``tables``) exposes
``read(path: Path, settings: Settings) -> Extracted``; :func:`nlp_stn.extract.extract`
adds the document id and metadata and returns a :class:`~nlp_stn.model.Document`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional

from ..model import Block


@dataclass(frozen=True)
class Extracted:
    """What a reader returns: cleaned text, blocks with offsets into it, a title, a page count,
    and a notice when a table gave nothing although it was read (see :attr:`Document.notice`)."""

    text: str
    blocks: tuple[Block, ...]
    title: str = ""
    pages: int = 0
    notice: str = ""


class TextBuilder:
    """Accumulates blocks and the document text so that offsets always agree.

    >>> b = TextBuilder()
    >>> _ = b.add("heading", "Titre", level=1)
    >>> _ = b.add("paragraph", "Corps du texte.")
    >>> ex = b.build(title="Titre")
    >>> ex.text
    'Titre\\n\\nCorps du texte.'
    >>> ex.text[ex.blocks[1].start:ex.blocks[1].end]
    'Corps du texte.'
    """

    SEPARATOR = "\n\n"

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []

    def add(
        self,
        kind: str,
        text: str,
        *,
        page: Optional[int] = None,
        level: int = 0,
        marker: str = "",
        table: Optional[int] = None,
        row: Optional[int] = None,
        col: Optional[int] = None,
        header: str = "",
        fields: Optional[Mapping[str, str]] = None,
    ) -> Optional[Block]:
        """Append a block (ignored when ``text`` is blank); returns it."""
        text = text.strip()
        if not text:
            return None
        if self._parts:
            self._parts.append(self.SEPARATOR)
            self._length += len(self.SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        block = Block(
            kind=kind,
            text=text,
            start=start,
            end=self._length,
            page=page,
            level=level,
            marker=marker,
            table=table,
            row=row,
            col=col,
            header=header,
            fields=dict(fields or {}),
        )
        self._blocks.append(block)
        return block

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(self._blocks)

    def build(self, title: str = "", pages: int = 0, notice: str = "") -> Extracted:
        return Extracted(text="".join(self._parts), blocks=tuple(self._blocks), title=title, pages=pages,
                         notice=notice)
