using System.Globalization;
using Sift.Model;

namespace Sift.Time;

/// <summary>One dated statement: the sentence, the expression that dates it and the first day its value covers.</summary>
public readonly record struct TimelineEntry(DateOnly Day, TimeExpression Expression, Sentence Sentence);

/// <summary>
/// The article's dated statements oldest first: every sentence with a DATE or TIME whose value names
/// a calendar period (a day, week, month, quarter, season, year or decade), placed at that period's first
/// day; PRESENT_REF ("now") at the anchor. Values with unknown parts (XXXX-08-19), past and future
/// references and durations are left out.
/// </summary>
public static class Timeline
{
    public static IReadOnlyList<TimelineEntry> Of(TextLayer text, TimeLayer time)
    {
        var entries = new List<TimelineEntry>();
        foreach (var e in time.Expressions)
        {
            if (e.Type is not ("DATE" or "TIME"))
                continue;
            // "Now" and "the current juncture" are the day of writing.
            var day = e.Value == "PRESENT_REF" ? time.Anchor : FirstDay(e.Value);
            if (day is { } d)
                entries.Add(new TimelineEntry(d, e, text.Sentences[e.Sentence]));
        }
        // A stable sort: statements on the same day keep their order in the text.
        return [.. entries.OrderBy(e => e.Day)];
    }

    /// <summary>The first day of the period a TimeML value names: 2017-08-30, 2017-W35, 2017-09, 2017-Q3, 2017-SU, 2017, 201 (the 2010s); else null.</summary>
    public static DateOnly? FirstDay(string value)
    {
        if (value.Length < 3 || !int.TryParse(value.AsSpan(0, Math.Min(4, value.Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return null;
        if (value.Length == 3)
            return new DateOnly(year * 10, 1, 1); // a decade: 201 is the 2010s
        if (value.Length < 4)
            return null;
        if (value.Length == 4)
            return new DateOnly(year, 1, 1);
        var rest = value.AsSpan(5);
        if (value[4] != '-' || rest.IsEmpty)
            return null;
        if (rest[0] == 'W' && rest.Length >= 3 && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week))
            return week is >= 1 and <= 53 ? DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)) : null;
        if (rest[0] == 'Q' && rest.Length == 2 && rest[1] is >= '1' and <= '4')
            return new DateOnly(year, (rest[1] - '1') * 3 + 1, 1);
        if (rest[0] == 'H' && rest.Length == 2 && rest[1] is '1' or '2')
            return new DateOnly(year, rest[1] == '1' ? 1 : 7, 1);
        if (rest.Length == 2 && SeasonStart(rest) is { } seasonMonth)
            return new DateOnly(year, seasonMonth, 1);
        if (rest.Length < 2 || !int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            return null;
        if (rest.Length == 2)
            return new DateOnly(year, month, 1);
        if (rest.Length >= 5 && rest[2] == '-' && int.TryParse(rest.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        return null;
    }

    private static int? SeasonStart(ReadOnlySpan<char> code) => code switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        "WI" => 12,
        _ => null,
    };
}
