/* Civil-date arithmetic: the proleptic Gregorian calendar with no time zone, dates counted as days
 * since 1970-01-01 (negative before). The one place styr computes leap years, month lengths, day
 * numbers and weekdays; clock, tz, cron and period (and styr.tz for the engine's Lua) use it. */
#ifndef STYR_CIVIL_H
#define STYR_CIVIL_H

/* 1 when year is a leap year (divisible by 4, except centuries not divisible by 400). */
int civil_is_leap(int year);

/* 28 to 31; 0 when month is not 1-12. */
int civil_days_in_month(int year, int month);

/* Days from 1970-01-01 to year-month-day, for any year that fits an int (day may run past the
 * month's end: 31 April is 1 May). */
long long civil_to_days(int year, int month, int day);

/* The date `days` days after 1970-01-01: the inverse of civil_to_days for valid dates. */
void civil_from_days(long long days, int *year, int *month, int *day);

/* The day of the week of the date `days` days after 1970-01-01: 0 = Sunday .. 6 = Saturday (as in
 * struct tm and cron). */
int civil_weekday(long long days);

#endif
