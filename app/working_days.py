"""Deadlines in working days: weekends and the council's bank holidays do not count. Plain Python."""

from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=8)
def _bank_holidays(region: str) -> holidays.HolidayBase:
    country, _, subdivision = region.partition("-")
    return holidays.country_holidays(country, subdiv=subdivision or None)


def is_working_day(day: date, region: str = "GB-ENG") -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(region)


def add_working_days(start: datetime, days: int, region: str = "GB-ENG") -> datetime:
    """The same time of day, ``days`` working days later; a start outside working days counts from the next one."""
    moment = start
    while not is_working_day(moment.date(), region):
        moment = (moment + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    for _ in range(days):
        moment += timedelta(days=1)
        while not is_working_day(moment.date(), region):
            moment += timedelta(days=1)
    return moment
