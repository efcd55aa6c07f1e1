namespace Sift.Events;

/// <summary>
/// One verb of a PETRARCH-2 verb block: its verb word ("MEET"), the words that must stand right before or
/// after it for a multi-word verb ("+MEET_WITH": after = ["WITH"]), and its own code when it has one.
/// </summary>
public sealed class VerbEntry(string word, string[] before, string[] after, string? code, VerbBlock block)
{
    public string Word { get; } = word;
    public string[] Before { get; } = before;
    public string[] After { get; } = after;

    /// <summary>The verb's own code, else its block's; "" is the null code (no event unless a pattern says otherwise).</summary>
    public string Code { get; } = code ?? block.Code;

    public VerbBlock Block { get; } = block;
}

/// <summary>A verb block ("--- MEET_PEOPLE [040] ---"): its code and the patterns its verbs share.</summary>
public sealed class VerbBlock(string label, string code)
{
    public string Label { get; } = label;
    public string Code { get; } = code;
    public List<VerbPattern> Patterns { get; } = [];
}

/// <summary>
/// Where a pattern says its source ("$") or target ("+") stands: the noun phrase that follows the first
/// <see cref="After"/> elements of the side it is on (before or after the verb), once <see cref="Skip"/>
/// noun phrases ("^") are passed over. "- + * FROM $": the target is the subject, the source what follows "from".
/// </summary>
public readonly record struct PatternMarker(bool Source, bool Post, int After, int Skip);

/// <summary>
/// A pattern "- PRE * POST (PREP NOUN) [CODE]": words that must come before the verb and after it, in order.
/// Each element is a set of alternatives (a synset, "BY/WITH"); an alternative is a run of consecutive words.
/// </summary>
public sealed class VerbPattern(string[][][] pre, string[][][] post, string code, int order, bool compoundSource = false, PatternMarker[]? markers = null)
{
    public string[][][] Pre { get; } = pre;
    public string[][][] Post { get; } = post;
    public string Code { get; } = code;
    public int Order { get; } = order;

    /// <summary>"RECENTLY_* ": the last word before the verb must stand right before it.</summary>
    public bool PreAdjacent { get; init; }

    /// <summary>"* _OFF": the first word after the verb must stand right after it.</summary>
    public bool PostAdjacent { get; init; }

    /// <summary>The pattern's source and target markers ("$", "+"), in pattern order; empty when it has none.</summary>
    public PatternMarker[] Markers { get; } = markers ?? [];

    /// <summary>"% * [030:030]": the pattern needs a compound subject ("Gondor and Osgiliath agree").</summary>
    public bool CompoundSource { get; } = compoundSource;

    /// <summary>How specific the pattern is: the words it needs (the shortest alternative of each element), plus one for "%".</summary>
    public int Size { get; } = Words(pre) + Words(post) + (compoundSource ? 1 : 0);

    private static int Words(string[][][] elements)
    {
        var n = 0;
        foreach (var element in elements)
        {
            var shortest = int.MaxValue;
            foreach (var run in element)
                shortest = Math.Min(shortest, run.Length);
            n += shortest == int.MaxValue ? 0 : shortest;
        }
        return n;
    }
}

/// <summary>
/// A PETRARCH-2 verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt): synsets, verb blocks with their
/// verbs and patterns. Transformation lines ("~ …") are read past. Read-only after loading.
/// </summary>
public sealed class VerbDictionary
{
    private readonly Dictionary<string, List<VerbEntry>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _synsets = new(StringComparer.Ordinal);

    public int VerbCount { get; private set; }
    public int PatternCount { get; private set; }
    public int BlockCount { get; private set; }

    public static VerbDictionary Load(string path)
    {
        var dictionary = new VerbDictionary();
        dictionary.Read(path);
        return dictionary;
    }

    private void Read(string path)
    {
        VerbBlock? block = null;
        List<string>? synset = null;
        var rawPatterns = new List<(VerbBlock Block, string Text, string Code)>();
        foreach (var line in DictionaryText.Lines(path))
        {
            var text = line.Trim();
            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                synset = null;
                var (label, bracket) = DictionaryText.SplitBracket(text.Trim('-', ' '));
                block = new VerbBlock(label.Trim('-', ' '), NormalizeCode(bracket));
                BlockCount++;
                continue;
            }
            if (text.StartsWith('&'))
            {
                var name = text.Split([' ', '\t'], 2)[0].TrimEnd('_');
                _synsets[name] = synset = [];
                continue;
            }
            if (text.StartsWith('~'))
                continue;
            if (synset is not null && text.StartsWith('+'))
            {
                synset.Add(text[1..].Trim());
                continue;
            }
            synset = null;
            if (block is null)
                continue;
            if (text.StartsWith('-'))
            {
                var (pattern, bracket) = SplitPatternCode(text[1..]);
                if (bracket is not null)
                    rawPatterns.Add((block, pattern, bracket));
                continue;
            }
            AddVerb(text, block);
        }
        var order = 0;
        foreach (var (owner, text, code) in rawPatterns)
        {
            if (Compile(text, code, order++) is { } pattern)
            {
                owner.Patterns.Add(pattern);
                PatternCount++;
            }
        }
    }

    private static string NormalizeCode(string? bracket) => bracket is null or "---" ? "" : bracket.Trim();

    private static (string Pattern, string? Code) SplitPatternCode(string text)
    {
        var open = text.LastIndexOf('[');
        if (open < 0)
            return (text, null);
        var close = text.IndexOf(']', open);
        var code = (close < 0 ? text[(open + 1)..] : text[(open + 1)..close]).Trim();
        return (text[..open], code == "---" ? "" : code);
    }

    private void AddVerb(string text, VerbBlock block)
    {
        var (phraseAndForms, bracket) = DictionaryText.SplitBracket(text);
        var code = bracket is null ? null : NormalizeCode(bracket);
        var brace = phraseAndForms.IndexOf('{');
        var phrase = (brace >= 0 ? phraseAndForms[..brace] : phraseAndForms).Trim();
        var forms = brace >= 0 ? phraseAndForms[(brace + 1)..].TrimEnd('}', ' ').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) : [];
        if (Split(phrase) is not { } main)
            return;
        var entry = new VerbEntry(main.Word, main.Before, main.After, code, block);
        VerbCount++;
        Index(main.Word, entry);
        foreach (var form in forms)
        {
            if (Split(form) is { } f)
                Index(f.Word, entry);
        }
        // Regular forms, for when the lemmatizer does not know the word.
        var w = main.Word;
        if (forms.Length == 0)
        {
            Index(w + "S", entry);
            Index(w.EndsWith('E') ? w + "D" : w + "ED", entry);
            Index(w.EndsWith('E') ? w[..^1] + "ING" : w + "ING", entry);
            if (w.EndsWith('Y'))
            {
                Index(w[..^1] + "IES", entry);
                Index(w[..^1] + "IED", entry);
            }
        }
    }

    /// <summary>"+CORDON_OFF" → CORDON, after OFF; "WIRE_+TAP" → TAP, before WIRE; "MEET" → MEET.</summary>
    private static (string Word, string[] Before, string[] After)? Split(string phrase)
    {
        var parts = phrase.ToUpperInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return null;
        var verb = Array.FindIndex(parts, p => p.StartsWith('+'));
        if (verb < 0)
            verb = 0;
        var word = parts[verb].TrimStart('+');
        if (word.Length == 0)
            return null;
        return (word, parts[..verb], [.. parts[(verb + 1)..].Select(p => p.TrimStart('+'))]);
    }

    private void Index(string word, VerbEntry entry)
    {
        if (!_byWord.TryGetValue(word, out var list))
            _byWord[word] = list = [];
        if (!list.Contains(entry))
            list.Add(entry);
    }

    private VerbPattern? Compile(string text, string code, int order)
    {
        // "_" joins words that must be consecutive, the verb included ("RECENTLY_*").
        var preAdjacent = text.Contains("_*", StringComparison.Ordinal);
        var postAdjacent = text.Contains("*_", StringComparison.Ordinal);
        text = text.Replace("_*", " *", StringComparison.Ordinal).Replace("*_", "* ", StringComparison.Ordinal);
        var pre = new List<string[][]>();
        var post = new List<string[][]>();
        var markers = new List<PatternMarker>();
        var seenVerb = false;
        var compound = false;
        var skips = 0;
        void Markers(ReadOnlySpan<char> signs)
        {
            foreach (var sign in signs)
            {
                if (sign == '^')
                    skips++;
                else if (sign is '$' or '+')
                {
                    markers.Add(new PatternMarker(sign == '$', seenVerb, (seenVerb ? post : pre).Count, skips));
                    skips = 0;
                }
            }
        }
        foreach (var raw in text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "*")
            {
                seenVerb = true;
                skips = 0;
                continue;
            }
            if (raw == "%" && !seenVerb)
            {
                compound = true;
                continue;
            }
            var piece = raw.Trim('{', '}', '(', ')', '_');
            var word = piece.Trim('$', '+', '%', '^');
            if (word.Length == 0)
            {
                Markers(piece);
                continue;
            }
            // Signs written onto a word ("IN_$", "$BACK") stand before or after it.
            Markers(piece.AsSpan(0, piece.IndexOf(word, StringComparison.Ordinal)));
            var alternatives = Alternatives(word);
            if (alternatives is null)
                return null;
            if (alternatives.Length > 0)
            {
                (seenVerb ? post : pre).Add(alternatives);
                skips = 0;
            }
            Markers(piece.AsSpan(piece.IndexOf(word, StringComparison.Ordinal) + word.Length));
        }
        if (!seenVerb)
            return null;
        return new VerbPattern([.. pre], [.. post], code, order, compound, [.. markers])
        {
            PreAdjacent = preAdjacent && pre.Count > 0,
            PostAdjacent = postAdjacent && post.Count > 0,
        };
    }

    /// <summary>"NEW_&amp;TIETYPES_RELATIONS" → every run of words it stands for; null when a synset is unknown.</summary>
    private string[][]? Alternatives(string piece)
    {
        var runs = new List<List<string>> { new() };
        foreach (var part0 in piece.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = part0.Trim('$', '+', '%', '^', '{', '}', '(', ')').ToUpperInvariant();
            if (part.Length == 0)
                continue;
            List<string[]> options;
            if (part.StartsWith('&'))
            {
                options = SynsetMembers(part.TrimEnd('_'), 0);
                if (options.Count == 0)
                    return null;
            }
            else
                options = [.. part.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => new[] { p })];
            var next = new List<List<string>>();
            foreach (var run in runs)
            {
                foreach (var option in options)
                {
                    if (next.Count >= 256)
                        break;
                    next.Add([.. run, .. option]);
                }
            }
            runs = next;
        }
        return [.. runs.Where(r => r.Count > 0).Select(r => r.ToArray())];
    }

    private List<string[]> SynsetMembers(string name, int depth)
    {
        var result = new List<string[]>();
        if (depth > 4 || !_synsets.TryGetValue(name, out var members))
            return result;
        foreach (var member in members)
        {
            if (member.StartsWith('&'))
                result.AddRange(SynsetMembers(member.TrimEnd('_'), depth + 1));
            else if (DictionaryText.Words(member.TrimEnd('_')) is { Length: > 0 } words)
                result.Add(words);
        }
        return result;
    }

    /// <summary>The verbs a word (its lemma or its surface form, upper-case) may be.</summary>
    public List<VerbEntry>? Candidates(string word) => _byWord.GetValueOrDefault(word);
}
