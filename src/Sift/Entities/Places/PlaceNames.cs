namespace Sift.Entities.Places;

/// <summary>
/// The form a place name is indexed and looked up under, so that spellings differing only in
/// punctuation meet: "Deir ez-Zor" = "Deir Ez Zor", "Dar‘a" = "Dar'a", "U.S." = "US",
/// "Washington, D.C." = "Washington DC". Case is kept; the indexes decide how to compare it.
/// </summary>
internal static class PlaceNames
{
    public static string Key(string name)
    {
        if (IsKey(name))
            return name; // most names already are: no copy
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (IsDropped(c))
                continue;
            if (IsSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer[n++] = ' ';
                pendingSpace = false;
            }
            buffer[n++] = IsApostrophe(c) ? '\'' : c;
        }
        return new string(buffer[..n]);
    }

    /// <summary>Short all-capital keys ("US", "UK", "UAE", "DPRK") are compared case-sensitively: "us" is a pronoun.</summary>
    public static bool IsAcronym(string key)
    {
        if (key.Length < 2 || key.Length > 5)
            return false;
        foreach (var c in key)
        {
            if (!char.IsUpper(c))
                return false;
        }
        return true;
    }

    /// <summary>Place names are proper nouns: a lookup with no capital letter ("us", "nice", "reading") finds nothing.</summary>
    public static bool HasCapital(string name)
    {
        foreach (var c in name)
        {
            if (char.IsUpper(c))
                return true;
        }
        return false;
    }

    /// <summary>The name without a leading "the " ("the United States", "The Gambia"), or null when it has none.</summary>
    public static string? WithoutArticle(string name)
    {
        var trimmed = name.AsSpan().TrimStart();
        return trimmed.Length > 4 && trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            ? trimmed[4..].ToString() : null;
    }

    private static bool IsKey(string name)
    {
        if (name.Length == 0 || IsSpace(name[0]) || IsSpace(name[^1]))
            return false;
        var previousSpace = false;
        foreach (var c in name)
        {
            if (IsDropped(c) || IsApostrophe(c) || (IsSpace(c) && (c != ' ' || previousSpace)))
                return false;
            previousSpace = c == ' ';
        }
        return true;
    }

    private static bool IsDropped(char c) => c is '.' or ',';

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BE' or '\u02BF' or '`' or '\u00B4';
}
