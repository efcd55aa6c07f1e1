using Sift.Model;
using Sift.Text;

namespace Sift.Framing.Loaded;

/// <summary>
/// Finds loaded wording word by word, each with the reason it is loaded: a word PTC's annotators mark as
/// loaded language or name calling in most of its uses (<see cref="LoadedWords"/>), a contested label
/// ("terrorists", "regime"; <c>contested-labels.txt</c>), or a sponsorship label ("foreign-backed",
/// "Iran-funded"). PTC's annotators rarely mark "terrorist" (2 of its 50 uses in PTC train), so the labels
/// an analyst of conflict reporting watches for come from the list, not from the learned words.
/// With a parse, a loaded modifier takes in the noun it modifies ("terrorists’ plot", "devastating war"),
/// and names (PROPN) are never loaded ("Jabhat Fateh al-Sham" is not a sham).
/// </summary>
public sealed class LoadedTermFinder(LoadedWords learned)
{
    /// <summary>Second halves of a hyphenated modifier that says who is behind an actor.</summary>
    private static readonly string[] SponsorSuffixes = ["-backed", "-sponsored", "-funded", "-supported", "-armed", "-installed"];

    /// <summary>How far (in tokens) a loaded modifier may stand before the noun it modifies ("terrorists ’ plot").</summary>
    private const int MaxModifierReach = 3;

    private static readonly Lazy<HashSet<string>> Labels = new(ReadLabels);
    private static readonly Lazy<LoadedTermFinder> Shared = new(() => new LoadedTermFinder(LoadedWords.Default));

    /// <summary>The finder with the committed learned list.</summary>
    public static LoadedTermFinder Default => Shared.Value;

    public IReadOnlyList<LoadedTerm> Find(string text, TextLayer layer, SyntaxLayer? syntax)
    {
        var labels = Labels.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var terms = new List<LoadedTerm>();
        var tokens = layer.Tokens;
        var lastOfPrevious = -2;
        for (var s = 0; s < layer.Sentences.Count; s++)
        {
            var sentence = layer.Sentences[s];
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Word)
                    continue;
                var word = text.AsSpan(token.Start, token.End - token.Start);
                LoadedBasis basis;
                LoadedEvidence? evidence = null;
                if (IsSponsorLabel(word))
                    basis = LoadedBasis.SponsorLabel; // a name may lead it ("Iran-backed")
                else if (IsName(text, token, i, sentence, syntax))
                    continue;
                else if (labels.Contains(word) || (syntax is not null && labels.Contains(syntax.Tokens[i].Lemma)) || labels.Contains(Singular(word)))
                    basis = LoadedBasis.ContestedLabel;
                else if (syntax is not null && syntax.Tokens[i].Upos == "VERB" ? learned.TryGetVerb(word, out var e) : learned.TryGet(word, out e))
                    (basis, evidence) = (LoadedBasis.PtcLoadedWord, e);
                else
                    continue;
                var last = ModifiedNoun(i, sentence, syntax) ?? i;
                // A loaded word inside or right after the previous term's phrase ("foreign-backed terrorist groups") joins it.
                if (terms.Count > 0 && terms[^1].Sentence == s && (terms[^1].Span.End >= token.Start || lastOfPrevious == i - 1))
                {
                    var previous = terms[^1];
                    terms[^1] = previous with { Span = new Span(previous.Span.Start, Math.Max(previous.Span.End, tokens[last].End)) };
                    lastOfPrevious = Math.Max(lastOfPrevious, last);
                    continue;
                }
                terms.Add(new LoadedTerm(new Span(token.Start, tokens[last].End), token.Span, s, basis, evidence));
                lastOfPrevious = last;
            }
        }
        return terms;
    }

    private static bool IsSponsorLabel(ReadOnlySpan<char> word)
    {
        foreach (var suffix in SponsorSuffixes)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>The word without a plural -s, for the label list when there is no lemma ("terrorists").</summary>
    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] is 's' or 'S') && word[^2] is not ('s' or 'S') ? word[..^1] : word;

    private static bool IsName(string text, Token token, int i, in Sentence sentence, SyntaxLayer? syntax) =>
        syntax is not null ? syntax.Tokens[i].Upos == "PROPN" : i > sentence.FirstToken && char.IsUpper(text[token.Start]);

    /// <summary>The noun a modifier hangs from when it follows within reach in the same sentence, else null.</summary>
    private static int? ModifiedNoun(int i, in Sentence sentence, SyntaxLayer? syntax)
    {
        if (syntax is null)
            return null;
        var t = syntax.Tokens[i];
        if (t.Relation is not ("amod" or "compound" or "nmod:poss") || t.Head <= i || t.Head - i > MaxModifierReach
            || t.Head >= sentence.FirstToken + sentence.TokenCount)
            return null;
        return syntax.Tokens[t.Head].Upos is "NOUN" or "PROPN" ? t.Head : null;
    }

    /// <summary>The list's labels; its second column (the family) documents the list and is not read.</summary>
    private static HashSet<string> ReadLabels()
    {
        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in EmbeddedLists.ReadRows("Framing/Loaded/contested-labels.txt"))
            labels.Add(row[0]);
        return labels;
    }
}
