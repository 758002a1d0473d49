"""Quotation marks: find quoted stretches, merge multi-paragraph quotes, tell statements from terms."""

from __future__ import annotations

from dataclasses import dataclass, field

# opening mark -> closing marks; `"` toggles, single marks only count inside another quote
_PAIRS = {"„": "“”", "»": "«", "«": "»", '"': '"', "“": "”", "‚": "‘’", "›": "‹"}
_SINGLE = frozenset("‚›")
QUOTE_CHARS = frozenset('„“”»«"‚‘’›‹')


@dataclass
class Quoted:
    """A quoted stretch: content spans (one per paragraph), the positions of its marks."""

    parts: list[tuple[int, int]]
    open_at: int
    close_at: int | None
    depth: int = 0
    nested: list[Quoted] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def outer_end(self) -> int:
        """Offset after the closing mark (or the content end when the quote is left open)."""
        return self.close_at + 1 if self.close_at is not None else self.end


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[Quoted], Quoted | None]:
    """Pair the marks of one paragraph; return the closed quotes and one left open at its end."""
    done: list[Quoted] = []
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        ch = text[i]
        if stack and ch in _PAIRS[stack[-1][0]]:
            at = stack.pop()[1]
            done.append(Quoted(parts=[(at + 1, i)], open_at=at, close_at=i, depth=len(stack)))
        elif ch in _PAIRS and (stack or ch not in _SINGLE) and (ch not in '"«“' or _opens(text, i)):
            stack.append((ch, i))
    left_open = Quoted(parts=[(stack[0][1] + 1, end)], open_at=stack[0][1], close_at=None) if stack else None
    return done, left_open


def _opens(text: str, i: int) -> bool:
    """An ambiguous mark opens when nothing word-like stands right before it."""
    before_ok = i == 0 or not text[i - 1].isalnum()
    return before_ok and i + 1 < len(text) and not text[i + 1].isspace()


def find_quoted(text: str, paragraphs: list[tuple[int, int]]) -> list[Quoted]:
    """Every quoted stretch of a text; a paragraph that opens a quote without closing it continues in
    the next paragraph when that one opens with a quotation mark again (the German convention)."""
    found: list[Quoted] = []
    carry: Quoted | None = None
    for p_start, p_end in paragraphs:
        quotes, left_open = _scan_paragraph(text, p_start, p_end)
        if carry is not None:
            first = next((q for q in quotes if q.open_at == p_start), None)
            if first is not None:
                carry.parts.append(first.parts[0])
                carry.close_at = first.close_at
                quotes.remove(first)
                found.append(carry)
                carry = None
            elif left_open is not None and left_open.open_at == p_start:
                carry.parts.append(left_open.parts[0])
                left_open = None
            else:
                carry = None  # never closed: bullets or a stray mark, not a quotation
        found.extend(quotes)
        if left_open is not None and carry is None:
            carry = left_open
    found.sort(key=lambda q: (q.open_at, q.depth))
    _nest(found)
    return [q for q in found if q.depth == 0]


def _nest(found: list[Quoted]) -> None:
    outer = [q for q in found if q.depth == 0]
    for q in found:
        if q.depth:
            host = next((o for o in outer if o.start <= q.open_at < o.end), None)
            if host is not None:
                host.nested.append(q)
            else:
                q.depth = 0
