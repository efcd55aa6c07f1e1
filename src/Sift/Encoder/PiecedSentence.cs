namespace Sift.Encoder;

/// <summary>A sentence's WordPiece ids, and where each word's pieces start (then the piece count).</summary>
internal sealed class PiecedSentence(long[] ids, int[] wordStarts)
{
    public long[] Ids { get; } = ids;
    public int[] WordStarts { get; } = wordStarts;

    public static PiecedSentence From(string[] words, WordPieces pieces)
    {
        var ids = new List<long>(words.Length * 2);
        var starts = new int[words.Length + 1];
        for (var w = 0; w < words.Length; w++)
        {
            starts[w] = ids.Count;
            pieces.Append(words[w], ids);
        }
        starts[words.Length] = ids.Count;
        return new PiecedSentence([.. ids], starts);
    }
}
