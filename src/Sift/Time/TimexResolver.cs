using System.Globalization;

namespace Sift.Time;

public enum Tense : byte
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>
/// Computes the TIMEX3 value of a matched pattern, TimeML style, against the anchor date (the
/// publication date). Without an anchor, relative expressions keep unknown parts as X (XXXX-08-19).
/// Each resolver named in time-patterns.txt is one case here.
/// </summary>
internal static class TimexResolver
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static (string Value, string? Mod)? Resolve(TimexMatch match, List<TimeToken> tokens, DateOnly? anchor, Tense tense)
    {
        string? Word(string name) => match.TokenOf(name) is { } t ? tokens[t].Lower : null;
        string? Lex(string name) => Word(name) is { } w ? TimeLexicon.Value(w, name) : null;
        int? Num(string name) => Lex(name) is { } v && int.TryParse(v, out var n) ? n : null;

        var mod = match.Pattern.UsesMod ? Lex("mod") : null;
        var month = Num("month");
        var year = Word("year") is { } yw ? int.Parse(yw, Inv) : SpokenYear(Num("century"), Num("tens"), Num("ones"));
        int? RelYear() => anchor is { } ra ? ra.Year + (match.TokenOf("rel") is null ? 0 : Num("rel")!.Value) : null;
        var day = Word("day") is { } dw ? TimexShapes.DayOfMonth(dw) : null;

        string? value = match.Pattern.Resolver switch
        {
            "ymd" => $"{year:0000}-{month:00}-{day:00}",
            "md" => YearFor(anchor, month!.Value, day!.Value, tense) is { } y ? $"{y:0000}-{month:00}-{day:00}" : $"XXXX-{month:00}-{day:00}",
            "iso" => TimexShapes.NumericDate(Word("iso")!) is var (iy, im, id) ? $"{iy:0000}-{im:00}-{id:00}" : null,
            "ym" => $"{year:0000}-{month:00}",
            "rel-month" => RelativeMonth(anchor, month!.Value, Num("rel")!.Value) is var rm && day is { } rd ? $"{rm}-{rd:00}" : rm,
            "m" => YearFor(anchor, month!.Value, 15, tense) is { } my ? $"{my:0000}-{month:00}" : $"XXXX-{month:00}",
            "y" => $"{year:0000}",
            "y2000" => "2000",
            "month-rel-year" => RelYear() is { } ry ? (day is { } d1 ? $"{ry:0000}-{month:00}-{d1:00}" : $"{ry:0000}-{month:00}") : null,
            "decade" => Word("decade") is { } dw2 ? TimexShapes.Decade(dw2)?.ToString(Inv) : Lex("decadeword"),
            "century" => TimexShapes.DayOfMonth(Word("day")!) is { } cn ? (cn - 1).ToString("00", Inv) : null,
            "last-night" => anchor is { } ln ? $"{ln.AddDays(-1):yyyy-MM-dd}TNI" : "XXXX-XX-XXTNI",
            "rel-unit-end" or "anchor-year" => RelativeUnit(anchor, "Y", 0),
            "couple" => Duration(2, Lex("unit")!),
            "units" => Duration(null, Lex("units")!),
            "weekday" => Weekday(anchor, Num("weekday")!.Value, tense),
            "anaphor" => Anaphor(match, tokens) is var (aUnit, aOffset, aWeekday) && aWeekday is { } awd
                ? Weekday(anchor?.AddDays(aOffset), awd, aOffset > 0 ? Tense.Future : Tense.Past)
                : RelativeUnit(anchor, aUnit, aOffset),
            "last-weekday" => anchor is { } lw ? Weekday(lw.AddDays(-1), Num("weekday")!.Value, Tense.Past) : $"XXXX-WXX-{Num("weekday")}",
            "next-weekday" => anchor is { } nw2 ? Weekday(nw2.AddDays(1), Num("weekday")!.Value, Tense.Future) : $"XXXX-WXX-{Num("weekday")}",
            "each-weekday" => $"XXXX-WXX-{Num("weekday")}",
            "each-month" => $"XXXX-{month:00}",
            "deictic" => anchor?.AddDays(Num("deictic")!.Value).ToString("yyyy-MM-dd", Inv) ?? (Num("deictic") == 0 ? "PRESENT_REF" : null),
            "deictic-tonight" => anchor?.ToString("yyyy-MM-dd", Inv) ?? "PRESENT_REF",
            "this-part" => anchor is { } a3 ? $"{a3:yyyy-MM-dd}T{Lex("partofday")}" : null,
            "rel-unit" => RelativeUnit(anchor, Lex("unit")!, match.TokenOf("rel") is null ? 0 : Num("rel")!.Value),
            "season" => anchor is { } a4 ? $"{a4.Year + SeasonYearShift(a4, Lex("season")!, match.TokenOf("rel") is null ? 0 : Num("rel")!.Value):0000}-{Lex("season")}" : $"XXXX-{Lex("season")}",
            "season-year" => $"{year:0000}-{Lex("season")}",
            "season-tense" => SeasonByTense(anchor, Lex("season") ?? Lex("bareseason")!, tense),
            "quarter" => anchor is { } a5 ? $"{QuarterYear(a5, Num("ord")!.Value, tense):0000}-Q{Num("ord")}" : $"XXXX-Q{Num("ord")}",
            "quarter-year" => $"{year:0000}-Q{Num("ord")}",
            "year-ago-quarter" => anchor is { } a11 ? Quarter(a11.AddMonths(-15)) : "XXXX-QX",
            "year-ago-ord-quarter" => anchor is { } a12 ? $"{a12.Year - 1:0000}-Q{Num("ord")}" : $"XXXX-Q{Num("ord")}",
            "latest-quarter-of-year" => anchor is { } a13 ? $"{year:0000}-Q{(a13.AddMonths(-3).Month - 1) / 3 + 1}" : $"{year:0000}-QX",
            "rel-year-quarter" => RelYear() is { } rq
                ? $"{rq:0000}-Q{Num("ord") ?? (anchor!.Value.AddMonths(-3).Month - 1) / 3 + 1}"
                : $"XXXX-Q{Num("ord")?.ToString(Inv) ?? "X"}",
            "one-year" => "P1Y",
            "while" => "PXX",
            "and-a-half" => AndAHalf(Word("num") is { } hn ? TimexShapes.Integer(hn) : 1, Lex("unit")!),
            "frequency" => Lex("frequency"),
            "holiday" => Holiday(anchor, Lex("holiday") ?? Lex("holidayday")!, match.TokenOf("rel") is null
                ? tense
                : Num("rel") switch { < 0 => Tense.Past, > 0 => Tense.Future, _ => Tense.Present }),
            "previous-quarter" => anchor is { } a9 ? Quarter(a9.AddMonths(-3)) : "XXXX-QX",
            "weekend" => anchor is { } a10 ? IsoWeek(tense == Tense.Future ? a10 : a10.AddDays(-(((int)a10.DayOfWeek + 6) % 7) - 1)) + "-WE" : "XXXX-WXX-WE",
            "half" => anchor is { } a6 ? $"{a6.Year:0000}-H{Num("ord")}" : $"XXXX-H{Num("ord")}",
            "ago" => Ago(anchor, Count(Word("num") is { } nw ? nw : Lex("numword")), Lex("unit")!),
            "duration" => Duration(Count(Word("num") is { } dn ? dn : Lex("numword")), Lex("unit")!),
            "time" => Clock(ClockDay(), match, tokens),
            "noon" => anchor is { } a7 ? $"{a7:yyyy-MM-dd}T12:00" : "XXXX-XX-XXT12:00",
            "midnight" => anchor is { } a8 ? $"{a8:yyyy-MM-dd}T24:00" : "XXXX-XX-XXT24:00",
            "ref" => Lex("ref"),
            "present" => "PRESENT_REF",
            "past" => "PAST_REF",
            "future" => "FUTURE_REF",
            "each" => Duration(1, Lex("unit")!),
            var other => throw new InvalidOperationException($"time-patterns.txt names an unknown resolver '{other}'"),
        };
        return value is null ? null : (value, mod);

        // The day of a clock time: the weekday or date named with it ("10 p.m. Wednesday"), else the anchor.
        string ClockDay()
        {
            if (Num("weekday") is { } wd)
                return Weekday(anchor, wd, tense);
            if (month is { } cm && day is { } cd)
                return YearFor(anchor, cm, cd, tense) is { } cy ? $"{cy:0000}-{cm:00}-{cd:00}" : $"XXXX-{cm:00}-{cd:00}";
            return anchor?.ToString("yyyy-MM-dd", Inv) ?? "XXXX-XX-XX";
        }
    }

    /// <summary>
    /// What an expression named from the date just mentioned asks for: its unit, the offset in units
    /// (the following year: +1, the previous Friday: -1, that day: 0), and the weekday if it names one.
    /// </summary>
    internal static (string Unit, int Offset, int? Weekday) Anaphor(TimexMatch match, List<TimeToken> tokens)
    {
        var offset = 0;
        for (var t = match.First; t <= match.Last; t++)
        {
            offset = tokens[t].Lower switch
            {
                "following" => 1,
                "previous" or "preceding" => -1,
                _ => offset,
            };
        }
        var weekday = match.TokenOf("weekday") is { } w && TimeLexicon.Value(tokens[w].Lower, "weekday") is { } wv ? int.Parse(wv, Inv) : (int?)null;
        var unit = match.TokenOf("unit") is { } u ? TimeLexicon.Value(tokens[u].Lower, "unit") ?? "" : "D";
        return (unit, offset, weekday);
    }

    /// <summary>
    /// The value of an expression named from an earlier one ("the following year" after "May 22, 1995"
    /// → 1996), or null when the earlier value is not fine enough for the unit (a year for "that day").
    /// </summary>
    internal static string? FromReference(string reference, string unit, int offset, int? weekday)
    {
        var year = reference.Length >= 4 && int.TryParse(reference.AsSpan(0, 4), NumberStyles.None, Inv, out var y) ? y : (int?)null;
        if (year is not { } ry)
            return null;
        DateOnly? day = reference.Length >= 10 && DateOnly.TryParseExact(reference[..10], "yyyy-MM-dd", Inv, DateTimeStyles.None, out var d) ? d : null;
        int? month = reference.Length >= 7 && reference[4] == '-' && int.TryParse(reference.AsSpan(5, 2), NumberStyles.None, Inv, out var m) && m is >= 1 and <= 12 ? m : null;
        int? quarter = reference.Length == 7 && reference[5] == 'Q' && reference[6] is >= '1' and <= '4' ? reference[6] - '0' : month is { } qm ? (qm - 1) / 3 + 1 : null;
        if (weekday is { } wd)
        {
            if (day is not { } wday)
                return null;
            var step = offset > 0 ? 1 : -1;
            return Weekday(wday.AddDays(step), wd, offset > 0 ? Tense.Future : Tense.Past);
        }
        return unit switch
        {
            "Y" => (ry + offset).ToString("0000", Inv),
            "Q" when quarter is { } q => Quarter(new DateOnly(ry, q * 3 - 2, 1).AddMonths(3 * offset)),
            "M" when month is { } mm => new DateOnly(ry, mm, 1).AddMonths(offset).ToString("yyyy-MM", Inv),
            "W" when day is { } wk => IsoWeek(wk.AddDays(7 * offset)),
            "D" when day is { } dd => dd.AddDays(offset).ToString("yyyy-MM-dd", Inv),
            _ => null,
        };
    }

    /// <summary>
    /// A holiday's date (lexicon code "12/25", or "11:4:4" for the fourth Thursday of November, "5:1:-1"
    /// for the last Monday of May, "11:2:1:2" for the first Tuesday from Nov. 2). In a past clause the
    /// latest one on or before the anchor, in a future clause the next one on or after it, else the
    /// nearer of the two.
    /// </summary>
    internal static string Holiday(DateOnly? anchor, string code, Tense tense)
    {
        if (anchor is not { } a)
            return "XXXX-" + HolidayIn(2001, code).ToString("MM-dd", Inv);
        var before = HolidayIn(a.Year, code);
        if (before > a)
            before = HolidayIn(a.Year - 1, code);
        var after = HolidayIn(a.Year, code);
        if (after < a)
            after = HolidayIn(a.Year + 1, code);
        var day = tense switch
        {
            Tense.Past => before,
            Tense.Future => after,
            _ => a.DayNumber - before.DayNumber <= after.DayNumber - a.DayNumber ? before : after,
        };
        return day.ToString("yyyy-MM-dd", Inv);
    }

    private static DateOnly HolidayIn(int year, string code)
    {
        if (code.Split('/') is [var fm, var fd])
            return new DateOnly(year, int.Parse(fm, Inv), int.Parse(fd, Inv));
        var parts = code.Split(':');
        int month = int.Parse(parts[0], Inv), weekday = int.Parse(parts[1], Inv), n = int.Parse(parts[2], Inv);
        var from = parts.Length > 3 ? int.Parse(parts[3], Inv) : 1;
        int Iso(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
        if (n < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-((Iso(last) - weekday + 7) % 7));
        }
        var start = new DateOnly(year, month, from);
        return start.AddDays((weekday - Iso(start) + 7) % 7 + 7 * (n - 1));
    }

    /// <summary>A year said in words: nineteen ninety-six → 1996, nineteen ninety → 1990.</summary>
    private static int? SpokenYear(int? century, int? tens, int? ones) =>
        century is { } c && tens is { } t ? c * 100 + t * 10 + (ones ?? 0) : null;

    /// <summary>
    /// A season named alone ("the summer"): in a past clause the latest one that has begun by the anchor,
    /// in a future clause the next one that has not, else the anchor year's.
    /// </summary>
    private static string SeasonByTense(DateOnly? anchor, string season, Tense tense)
    {
        if (anchor is not { } a)
            return $"XXXX-{season}";
        var start = SeasonStartMonth(season);
        var year = tense switch
        {
            Tense.Past when start > a.Month => a.Year - 1,
            Tense.Future when start < a.Month => a.Year + 1,
            _ => a.Year,
        };
        return $"{year:0000}-{season}";
    }

    /// <summary>"2" → 2, "X" (several, few) → null, meaning an unknown count.</summary>
    private static int? Count(string? word) =>
        word is null || word == "X" ? null : TimexShapes.Integer(word);

    /// <summary>
    /// The year of a month (and day) given without one. Past-tense clauses look back and future ones
    /// forward, but only across more than three months: news reports plans in the past tense ("hoped
    /// for talks in October"), and those months are this year's.
    /// </summary>
    internal static int? YearFor(DateOnly? anchor, int month, int day, Tense tense)
    {
        if (anchor is not { } a)
            return null;
        var candidate = new DateOnly(a.Year, month, Math.Min(day, DateTime.DaysInMonth(a.Year, month)));
        var days = candidate.DayNumber - a.DayNumber;
        if (tense == Tense.Past && days > 92)
            return a.Year - 1;
        if (tense == Tense.Future && days < -92)
            return a.Year + 1;
        return a.Year;
    }

    /// <summary>"last May" is the latest May before the anchor's month, "next May" the first after it, "this May" the anchor year's.</summary>
    private static string? RelativeMonth(DateOnly? anchor, int month, int offset)
    {
        if (anchor is not { } a)
            return $"XXXX-{month:00}";
        var year = offset switch
        {
            < 0 => month < a.Month ? a.Year : a.Year - 1,
            > 0 => month > a.Month ? a.Year : a.Year + 1,
            _ => a.Year,
        };
        return $"{year:0000}-{month:00}";
    }

    /// <summary>A quarter named by its ordinal is this year's, unless it has not begun yet and the clause is not about the future.</summary>
    private static int QuarterYear(DateOnly anchor, int quarter, Tense tense) =>
        quarter > (anchor.Month - 1) / 3 + 1 && tense != Tense.Future ? anchor.Year - 1 : anchor.Year;

    /// <summary>A weekday in a past (or present) clause is the latest such day on or before the anchor; in a future clause, the next one.</summary>
    internal static string Weekday(DateOnly? anchor, int isoWeekday, Tense tense)
    {
        if (anchor is not { } a)
            return $"XXXX-WXX-{isoWeekday}";
        var anchorIso = a.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)a.DayOfWeek;
        var delta = tense == Tense.Future
            ? (isoWeekday - anchorIso + 7) % 7
            : -((anchorIso - isoWeekday + 7) % 7);
        return a.AddDays(delta).ToString("yyyy-MM-dd", Inv);
    }

    private static string? RelativeUnit(DateOnly? anchor, string unit, int offset)
    {
        if (anchor is not { } a)
            return offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF";
        return unit switch
        {
            "D" => a.AddDays(offset).ToString("yyyy-MM-dd", Inv),
            "W" => IsoWeek(a.AddDays(7 * offset)),
            "WE" => IsoWeek(a.AddDays(7 * offset)) + "-WE",
            "M" => a.AddMonths(offset).ToString("yyyy-MM", Inv),
            "Q" => Quarter(a.AddMonths(3 * offset)),
            "Y" => (a.Year + offset).ToString("0000", Inv),
            "DE" => ((a.Year / 10) + offset).ToString(Inv),
            "CE" => ((a.Year / 100) + offset).ToString(Inv),
            _ => null,
        };
    }

    private static string? Ago(DateOnly? anchor, int? count, string unit)
    {
        if (anchor is not { } a || count is not { } n)
            return "PAST_REF";
        return RelativeUnit(a, unit, -n);
    }

    /// <summary>A count and a half of a unit, the half in the next smaller unit: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.</summary>
    private static string? AndAHalf(int? count, string unit) => count is not { } n ? null : unit switch
    {
        "Y" => $"P{n}Y6M",
        "M" => $"P{n}M15D",
        "D" => $"P{n}DT12H",
        "H" => $"PT{n}H30M",
        "TM" => $"PT{n}M30S",
        _ => null,
    };

    private static string Duration(int? count, string unit)
    {
        var n = count?.ToString(Inv) ?? "X";
        return unit switch
        {
            "H" or "TM" or "S" => $"PT{n}{(unit == "TM" ? "M" : unit)}",
            "DE" => count is { } c ? $"P{c * 10}Y" : "PXDE",
            "CE" => count is { } c2 ? $"P{c2 * 100}Y" : "PXCE",
            "Q" => count is { } c3 ? $"P{c3 * 3}M" : "PXQ",
            "WE" => $"P{n}WE",
            _ => $"P{n}{unit}",
        };
    }

    private static string? Clock(string day, TimexMatch match, List<TimeToken> tokens)
    {
        int hour, minute = 0, at;
        if (match.TokenOf("clock") is { } c && TimexShapes.Clock(tokens[c].Lower) is var (h, m))
        {
            (hour, minute, at) = (h, m, c);
        }
        else if (match.TokenOf("num") is { } n && TimexShapes.Integer(tokens[n].Lower) is { } hh && hh is >= 1 and <= 12)
        {
            (hour, at) = (hh, n);
        }
        else if (tokens[match.First].Lower is "noon" or "midnight")
        {
            (hour, at) = (tokens[match.First].Lower == "noon" ? 12 : 24, match.First);
        }
        else
        {
            return null;
        }
        // The word after the hour: a.m. or p.m.
        var suffix = at < match.Last ? tokens[at + 1].Lower : "";
        if (suffix.StartsWith('p') && hour < 12)
            hour += 12;
        else if (suffix.StartsWith('a') && hour == 12)
            hour = 0;
        return $"{day}T{hour:00}:{minute:00}";
    }

    private static int SeasonYearShift(DateOnly anchor, string season, int offset) => offset switch
    {
        < 0 => SeasonStartMonth(season) > anchor.Month ? -1 : 0,
        > 0 => SeasonStartMonth(season) <= anchor.Month ? 1 : 0,
        _ => 0,
    };

    private static int SeasonStartMonth(string season) => season switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };

    private static string IsoWeek(DateOnly d) =>
        $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}";

    private static string Quarter(DateOnly d) => $"{d.Year:0000}-Q{(d.Month - 1) / 3 + 1}";
}
