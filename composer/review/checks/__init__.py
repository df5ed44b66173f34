"""The detectors, one module per concern. Each module declares:

- `SECTION`: the name of its table in the policy pack,
- `RULES`: the rule names it may emit (each needs a message and severity in the pack),
- `Config`: a dataclass of its own settings in that table (word lists, patterns, ...),
- `check(doc, section)`: yields findings (or None for a rule the pack disabled).
"""

from composer.review.checks import (
    conduct,
    confidential,
    disclosure,
    endorsement,
    friending,
    handles,
    length,
    privacy,
    voice,
    worktime,
)

CHECKS = (privacy, confidential, voice, disclosure, conduct, worktime, friending, endorsement, handles, length)
