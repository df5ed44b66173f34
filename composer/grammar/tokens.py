"""Split a draft into the pieces the proofreader treats differently: words, and things never spell-checked.

URLs, e-mail addresses, @handles, #hashtags, masked words ("sh*t") and anything with a digit in it
(numbers, "q4h", "COVID19") are kept whole so their parts are never mistaken for misspelt words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<url>(?:https?://|www\.)\S+?(?=[.,!?;:)\]"'”’]*(?:\s|$))
        |(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|co|ly|me|health|info|us|uk|ca|au|nz|ie)\b(?:/\S*)?)
    |(?P<email>(?<![\w.+-])\w[\w.+-]*@[\w-]+(?:\.[\w-]+)+)
    |(?P<handle>(?<![\w@])@\w+)
    |(?P<hashtag>(?<![\w&#])\#\w+)
    |(?P<masked>[^\W\d_]*\*+[^\W\d_]+(?:\*+[^\W\d_]+)*\**|[^\W\d_]+\*+)
    |(?P<digits>[^\W_]*\d[^\W_]*)
    |(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)
    """,
    re.VERBOSE,
)
# Where a new sentence (or line) begins: the start, after . ! ? … (and closing quotes), or after a line break.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’]*\s+|\n\s*")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "word", "url", "email", "handle", "hashtag", "masked" or "digits"
    start: int
    end: int
    text: str
    starts_sentence: bool = False  # first word of the text, of a sentence or of a line


def tokenize(text: str) -> list[Token]:
    """The draft's tokens in order; punctuation and spaces between them are not tokens."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    tokens = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        start = match.start()
        # A break between the previous token and this one (opening quotes may sit after the break).
        after_break = not tokens or bisect_left(breaks, previous_end + 1) < bisect_right(breaks, start)
        kind = match.lastgroup or "word"
        tokens.append(Token(kind, start, match.end(), match.group(), after_break and kind == "word"))
        previous_end = match.end()
    return tokens
