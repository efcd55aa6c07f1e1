namespace Sift.Syntax;

/// <summary>The tagger's class: UPOS and XPOS predicted together, stored as "UPOS XPOS".</summary>
internal static class TagLabel
{
    public static string Join(string upos, string xpos) => upos + " " + xpos;

    public static (string Upos, string Xpos) Split(string label)
    {
        var space = label.IndexOf(' ');
        return (label[..space], label[(space + 1)..]);
    }
}
