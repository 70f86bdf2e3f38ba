/* Civil-date arithmetic (civil.h): Howard Hinnant's days_from_civil and civil_from_days, exact for
 * every proleptic Gregorian date, with eras of 400 years (146097 days) so that negative years
 * divide the same way as positive ones. */
#include "time/civil.h"

int civil_is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int civil_days_in_month(int year, int month)
{
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && civil_is_leap(year) ? 29 : dim[month - 1];
}

long long civil_to_days(int year, int month, int day)
{
    long long y = (long long)year - (month <= 2);
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;                                            /* 0..399 */
    long long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1; /* from 1 March */
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                    /* 0..146096 */
    return era * 146097 + doe - 719468; /* 719468: 0000-03-01 to 1970-01-01 */
}

void civil_from_days(long long days, int *year, int *month, int *day)
{
    long long z = days + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *year = (int)(yoe + era * 400 + (m <= 2));
    *month = m;
    *day = (int)(doy - (153 * mp + 2) / 5 + 1);
}

int civil_weekday(long long days)
{
    long long w = (days + 4) % 7; /* 1970-01-01 was a Thursday */
    return (int)(w < 0 ? w + 7 : w);
}
