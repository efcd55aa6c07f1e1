using System.Globalization;

namespace Sift.Intake;

internal static class Dates
{
    /// <summary>"2017-08-30", "2017-08-30T10:00:00+03:00", "Aug 30, 2017": the calendar date, or null.</summary>
    public static DateOnly? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        // A timestamp's own calendar date, not shifted into another zone.
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dto))
            return DateOnly.FromDateTime(dto.DateTime);
        return null;
    }
}
