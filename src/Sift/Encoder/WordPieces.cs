using FastBertTokenizer;

namespace Sift.Encoder;

/// <summary>
/// Splits one Sift word into the model's WordPiece ids the way BERT's uncased tokenizer does
/// (lower-cased, accents stripped, split at punctuation). Every word gets at least one piece:
/// one the vocabulary cannot spell (an emoji) is [UNK], and so is one that normalizes to nothing
/// (a zero-width space), so that every word has a vector. Thread-safe.
/// </summary>
internal sealed class WordPieces
{
    /// <summary>
    /// Keeps one pathological token (a long URL, a run of symbols) from crowding its neighbours out
    /// of the model's window; its vector comes from its first pieces.
    /// </summary>
    public const int MaxPiecesPerWord = 128;

    private readonly BertTokenizer _tokenizer = new();

    public WordPieces(string vocabulary)
    {
        _tokenizer.LoadVocabulary(new StringReader(vocabulary), convertInputToLowercase: true);
        var ids = vocabulary.Split('\n').Select(line => line.TrimEnd('\r')).Select((token, id) => (token, id))
            .ToDictionary(entry => entry.token, entry => (long)entry.id);
        Classification = ids["[CLS]"];
        Separator = ids["[SEP]"];
        Padding = ids["[PAD]"];
        Unknown = ids["[UNK]"];
    }

    public long Classification { get; }
    public long Separator { get; }
    public long Padding { get; }
    public long Unknown { get; }

    /// <summary>Appends the pieces of <paramref name="word"/> to <paramref name="ids"/>; returns how many.</summary>
    public int Append(string word, List<long> ids)
    {
        // A piece spells at least one character, so the word's length bounds its pieces; two more for [CLS] and [SEP].
        var capacity = Math.Min(word.Length, MaxPiecesPerWord) + 2;
        Span<long> buffer = stackalloc long[capacity];
        Span<long> mask = stackalloc long[capacity];
        var written = _tokenizer.Encode(word, buffer, mask, padTo: null);
        var pieces = buffer[1..(written - 1)]; // without [CLS] and [SEP]
        if (pieces.IsEmpty)
        {
            ids.Add(Unknown);
            return 1;
        }
        foreach (var id in pieces)
            ids.Add(id);
        return pieces.Length;
    }
}
