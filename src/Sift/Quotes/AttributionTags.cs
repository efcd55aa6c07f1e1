namespace Sift.Quotes;

/// <summary>The tagger's BIO tags over the three roles of an attribution.</summary>
public static class AttributionTags
{
    public const int Outside = 0;
    public const int BeginSource = 1;
    public const int InSource = 2;
    public const int BeginCue = 3;
    public const int InCue = 4;
    public const int BeginContent = 5;
    public const int InContent = 6;
    public const int Count = 7;

    public static readonly string[] Names = ["O", "B-Source", "I-Source", "B-Cue", "I-Cue", "B-Content", "I-Content"];

    /// <summary>0 outside, 1 source, 2 cue, 3 content.</summary>
    public static int Role(int tag) => (tag + 1) / 2;

    public static bool IsBegin(int tag) => tag != Outside && tag % 2 == 1;

    public static int Begin(int role) => role * 2 - 1;

    public static int Inside(int role) => role * 2;
}
