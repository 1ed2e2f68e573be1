"""The names of the months, as UN documents write them in dates ("by 31 December 2024", "of 19 September 2016",
"in early December 2017": the day, the month in full and the year, UN Editorial Manual, "Dates"), in the calendar's
order: the one list every stage builds its patterns of dates from (the footnote markers, the names of actors, the
citations, the deadlines, the draft note's anchors), and the grammars of citations and deadlines their terminal
MONTH_NAME (:data:`MONTH_TERMINALS`); the names of the days of the week likewise (:data:`WEEKDAY_NAMES`,
:data:`WEEKDAY_TERMINALS`). Imports nothing, so that any stage may read it.

    >>> MONTH_NAMES.split("|")[8], month_number("september"), month_number("Sept")
    ('September', 9, None)
"""

from __future__ import annotations

MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December")

# the names as one alternation of a regular expression, in order ("January|February|...|December"): put it in a group,
# "(?:" + MONTH_NAMES + ")", where more follows
MONTH_NAMES = "|".join(MONTHS)

_NUMBER = {name.lower(): i for i, name in enumerate(MONTHS, 1)}


def month_number(name: str) -> int | None:
    """The number of the month ``name``, in any case: "September" -> 9, "january" -> 1; None for a word that is no
    month's whole name ("Sept")."""
    return _NUMBER.get(name.lower())


# the names as the terminal MONTH_NAME that grammar/deadlines.lark and grammar/references.lark declare (``%declare
# MONTH_NAME``), defined when each is loaded (``grammars.load(..., terminals=MONTH_TERMINALS)``,
# ``grammars.with_terminals``): their dates, and the look-aheads that read a month ahead ("every January", "early
# December", "resolution 78/1 of 5 December 2023, paragraph 3"), take the names from this list, not from a copy
MONTH_TERMINALS: tuple[tuple[str, str], ...] = (("MONTH_NAME", f"/{MONTH_NAMES}/"),)

# the names of the days of the week, as a date may open with one ("on Monday, 24 November, and Tuesday, 25 November
# 2025", A/RES/79/286; "on Monday, 9 June", A/RES/78/128 10: UN Editorial Manual, "Dates", the weekday written in full
# before the day), Monday first (ISO 8601), and as one alternation of a regular expression
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_NAMES = "|".join(WEEKDAYS)

# the names as the terminal WEEKDAY_NAME that grammar/deadlines.lark declares, defined when it is loaded (as
# :data:`MONTH_TERMINALS`): WEEKDAY and WEEKDAY_OF read the one list, and so does mandates/deadlines.py's scan
WEEKDAY_TERMINALS: tuple[tuple[str, str], ...] = (("WEEKDAY_NAME", f"/{WEEKDAY_NAMES}/"),)
