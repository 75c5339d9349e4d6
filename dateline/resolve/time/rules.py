"""The time expression rules, in order: each a pattern (``time_rules.toml``) and a resolver.

A resolver returns a :class:`~.values.Resolved` (value and precision), ``None`` when the
match is not a date after all (a count, the verb "may"), or a value of ``None`` when the
expression is relative and no anchor is known. Libraries anchor news weekdays wrongly ("this
Monday" in a Tuesday report is yesterday, not next week), so these forms are resolved here,
not by dateparser.
"""

from __future__ import annotations

import functools

from dateline.resolve.time import calendar_dates as cal
from dateline.resolve.time import days, holidays, periods
from dateline.resolve.time.fragments import filled
from dateline.resolve.time.values import Resolver, Rule

# Most specific first: on equal spans the earlier rule wins. The anaphors ("quarter_ref",
# "period_ref", "year_ref", "month_ref", "day_ref", "prior_weekday") are resolved from the
# expressions before them (:mod:`.anaphora`).
_TABLE: tuple[tuple[str, Resolver], ...] = (
    ("iso", cal.resolve_iso),
    ("numeric", cal.resolve_numeric),
    ("wd_month_day_year", cal.resolve_full_date),
    ("wd_day_month_year", cal.resolve_full_date),
    ("wd_month_day", cal.resolve_month_day),
    ("wd_day_month", cal.resolve_month_day),
    ("numeric_yearless", cal.resolve_numeric_yearless),
    ("month_day_year", cal.resolve_full_date),
    ("day_month_year", cal.resolve_full_date),
    ("dashed_date", cal.resolve_full_date),
    ("month_year", cal.resolve_month_year),
    ("range_first_day", cal.resolve_range_first_day),
    ("month_day", cal.resolve_month_day),
    ("day_month", cal.resolve_month_day),
    ("month_rel_year", cal.resolve_month_rel_year),
    ("week_of", cal.resolve_week_of),
    ("bare_month", cal.resolve_bare_month),
    ("quarter", periods.resolve_quarter),
    ("rel_quarter", periods.resolve_rel_quarter),
    ("two_quarters", periods.resolve_half),
    ("half", periods.resolve_half),
    ("season", periods.resolve_season),
    ("quarter_ref", periods.resolve_anaphor),
    ("period_ref", periods.resolve_anaphor),
    ("year_ago_adj", periods.resolve_year_ago),
    ("decade", periods.resolve_decade),
    ("short_decade", periods.resolve_decade_word),
    ("holiday", holidays.resolve_holiday),
    ("decade_word", periods.resolve_decade_word),
    ("last_period", periods.resolve_last_period),
    ("this_year", periods.resolve_this_year),
    ("year_end", periods.resolve_year_end),
    ("year_ref", periods.resolve_anaphor),
    ("month_ref", periods.resolve_anaphor),
    ("spelled_year", cal.resolve_spelled_year),
    ("year", cal.resolve_year),
    ("prior_weekday", days.resolve_prior_weekday),
    ("weekday", days.resolve_weekday),
    ("day_ref", days.resolve_day_ref),
    ("day_word", days.resolve_day_word),
    ("ago", days.resolve_ago),
    ("week", periods.resolve_week),
    ("weekend", periods.resolve_weekend),
    ("month_word", periods.resolve_month_word),
    ("year_word", periods.resolve_year_word),
)


@functools.cache
def rules() -> tuple[Rule, ...]:
    """All rules, most specific first: on equal spans the earlier rule wins."""
    return tuple(Rule(name, filled("time_rules", name), resolve) for name, resolve in _TABLE)


@functools.cache
def rule_names() -> tuple[str, ...]:
    """The rules' names, in order (a hit's ``order`` indexes them)."""
    return tuple(rule.name for rule in rules())
