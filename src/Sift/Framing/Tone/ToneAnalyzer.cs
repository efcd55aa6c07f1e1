using System.Buffers;
using Sift.Model;

namespace Sift.Framing.Tone;

/// <summary>
/// Sentence and document tone the VADER way (Hutto &amp; Gilbert, "VADER: A Parsimonious Rule-based
/// Model for Sentiment Analysis of Social Media Text", ICWSM 2014), re-implemented from the paper's
/// description over Sift's tokens. Each lexicon word's valence is adjusted by five rules, in order:
/// <list type="number">
/// <item>ALL-CAPS emphasis: a word in capitals, in a sentence that also has words that are not, gains 0.733 in magnitude;</item>
/// <item>boosters and dampeners up to three words before it add or remove 0.293 in magnitude (× 1, 0.95, 0.9 by distance; 0.733 more when the booster is in capitals); a dampener can shrink a word to 0 but not flip it;</item>
/// <item>a negator up to three words before it multiplies the valence by −0.74 ("least" counts, but not "at least" or "very least");</item>
/// <item>the first contrastive "but" that is not the sentence's first word halves the words before it and multiplies those after it by 1.5;</item>
/// <item>the sentence sum gains 0.292 in magnitude per "!" (at most 4) and, for two or more "?", 0.18 each (0.96 from four on).</item>
/// </list>
/// The look-back for boosters and negators stops at a clause break (comma, semicolon, colon, dash,
/// bracket) and at "but", so "not bad, but good" does not negate "good". A negator or booster that acts
/// on a later word loses its own lexicon valence ("no" is −1.2 alone, but not in "no problem").
/// A capitalized word next to another capitalized one is taken for part of a name and not scored
/// ("United Nations", "Special Envoy"), except in a sentence that is mostly capitalized.
/// </summary>
public static class ToneAnalyzer
{
    private const double BoosterStep = 0.293;
    private const double CapsStep = 0.733;
    private const double NegationScale = -0.74;
    private const double ExclamationStep = 0.292;
    private const int MaxExclamations = 4;
    private const double QuestionStep = 0.18;
    private const double QuestionCap = 0.96;
    private const double BeforeButScale = 0.5;
    private const double AfterButScale = 1.5;
    private const double NormalizationAlpha = 15;
    private const int Window = 3;
    private const double MaxValence = 4;
    private static readonly double[] DistanceScale = [1.0, 0.95, 0.9];

    public static ToneLayer Analyze(Article article, TextLayer text) => Analyze(article, text, ToneLexicon.Default);

    public static ToneLayer Analyze(Article article, TextLayer text, ToneLexicon lexicon)
    {
        var source = article.Text;
        // The whole text lower-cased once, char for char, with curly apostrophes made straight.
        var lowered = ArrayPool<char>.Shared.Rent(Math.Max(source.Length, 1));
        var items = ArrayPool<Item>.Shared.Rent(64);
        try
        {
            Lower(source, lowered);
            var sentences = new SentenceTone[text.Sentences.Count];
            var words = new List<ToneWord>();
            int totalWords = 0, totalPositive = 0, totalNegative = 0, scored = 0;
            double compoundSum = 0, intensitySum = 0;
            for (var s = 0; s < sentences.Length; s++)
            {
                var sentence = text.Sentences[s];
                var count = Collect(source, lowered, text.TokensOf(sentence), lexicon, ref items, out var exclamations, out var questions);
                var tone = Score(s, sentence.Span, items.AsSpan(0, count), exclamations, questions, words,
                    out var wordCount, out var positive, out var negative);
                sentences[s] = tone;
                totalWords += wordCount;
                totalPositive += positive;
                totalNegative += negative;
                if (positive + negative > 0)
                {
                    scored++;
                    compoundSum += tone.Compound;
                    intensitySum += tone.Intensity;
                }
            }
            var document = totalWords == 0
                ? new ToneSummary(0, 0, 1, 0, 0, 0)
                : new ToneSummary(
                    (double)totalPositive / totalWords,
                    (double)totalNegative / totalWords,
                    (double)(totalWords - totalPositive - totalNegative) / totalWords,
                    scored == 0 ? 0 : compoundSum / scored,
                    scored == 0 ? 0 : intensitySum / scored,
                    scored);
            return new ToneLayer(document, sentences, words);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lowered);
            ArrayPool<Item>.Shared.Return(items);
        }
    }

    /// <summary>A word of a sentence and what the rules need to know about it.</summary>
    private struct Item
    {
        public int Start;
        public int End;
        /// <summary>The lexicon valence, 0 when the word is not in the lexicon.</summary>
        public double Lexicon;
        /// <summary>+1 booster, −1 dampener, 0 neither.</summary>
        public int Boost;
        public bool Negator;
        public bool But;
        public bool Caps;
        public bool HasLetters;
        /// <summary>Capitalized like a name: an upper-case first letter followed by lower-case ones.</summary>
        public bool Title;
        /// <summary>A clause break (comma, dash, …) stands between this word and the one before.</summary>
        public bool BreakBefore;
        /// <summary>Counts as a word for the positive/negative/neutral shares (n't does not; "don't" is one word).</summary>
        public bool Countable;
        /// <summary>Part of a phrase headed by an earlier word: no role of its own.</summary>
        public bool Consumed;
        public bool Phrase;
        /// <summary>A negator or booster that acted on a later word.</summary>
        public bool Used;
    }

    private static void Lower(string source, char[] lowered)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            lowered[i] = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
                _ => char.ToLowerInvariant(c),
            };
        }
    }

    private static int Collect(string source, char[] lowered, ReadOnlySpan<Token> tokens, ToneLexicon lexicon,
        ref Item[] items, out int exclamations, out int questions)
    {
        exclamations = questions = 0;
        var count = 0;
        var pendingBreak = false;
        foreach (var token in tokens)
        {
            var low = lowered.AsSpan(token.Start, token.End - token.Start);
            if (token.Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                foreach (var c in low)
                {
                    if (c == '!')
                        exclamations++;
                    else if (c == '?')
                        questions++;
                    else if (c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '-' or '\u2013' or '\u2014')
                        pendingBreak = true;
                }
                continue;
            }
            if (token.Kind == TokenKind.Clitic && !ToneCues.IsNegator(low))
                continue;
            if (count == items.Length)
            {
                var larger = ArrayPool<Item>.Shared.Rent(items.Length * 2);
                items.AsSpan(0, count).CopyTo(larger);
                ArrayPool<Item>.Shared.Return(items);
                items = larger;
            }
            var original = source.AsSpan(token.Start, token.End - token.Start);
            ref var item = ref items[count++];
            item = new Item
            {
                Start = token.Start,
                End = token.End,
                Boost = ToneCues.Boost(low),
                Negator = ToneCues.IsNegator(low),
                But = low.SequenceEqual("but"),
                BreakBefore = pendingBreak,
                Countable = token.Kind != TokenKind.Clitic,
            };
            pendingBreak = false;
            if (lexicon.TryGetValence(low, out var valence) || lexicon.TryGetValence(original, out valence))
                item.Lexicon = valence;
            CapsOf(original, out item.Caps, out item.HasLetters);
            item.Title = item.HasLetters && !item.Caps && char.IsUpper(original[0]);
        }

        var words = items.AsSpan(0, count);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Consumed)
                continue;
            var low = lowered.AsSpan(words[i].Start, words[i].End - words[i].Start);
            if (low.SequenceEqual("least") && (i == 0 || !(Is(lowered, words[i - 1], "at") || Is(lowered, words[i - 1], "very"))))
                words[i].Negator = true;
            foreach (var (phrase, valence) in lexicon.Phrases)
            {
                if (MatchPhrase(lowered, words, i, phrase) is var last and > 0)
                {
                    words[i].Lexicon = valence;
                    words[i].Phrase = true;
                    words[i].End = words[last].End;
                    words[i].Negator = false;
                    words[i].Boost = 0;
                    for (var j = i + 1; j <= last; j++)
                        words[j].Consumed = true;
                    break;
                }
            }
            foreach (var (phrase, direction) in ToneCues.BoosterPhrases)
            {
                if (MatchPhrase(lowered, words, i, phrase) is var last and > 0)
                {
                    // The phrase's last word carries the booster role; the words before it have none.
                    for (var j = i; j < last; j++)
                        words[j] = words[j] with { Consumed = true, Lexicon = 0, Boost = 0, Negator = false };
                    words[last].Boost = direction;
                    words[last].Lexicon = 0;
                    words[last].Negator = false;
                    break;
                }
            }
        }
        return count;
    }

    private static bool Is(char[] lowered, in Item item, string word) =>
        lowered.AsSpan(item.Start, item.End - item.Start).SequenceEqual(word);

    /// <summary>
    /// The index of the last word of <paramref name="phrase"/> when the words from <paramref name="first"/>
    /// on spell it (a space in the phrase matches any run of white space; "can't" matches ca|n't), else −1.
    /// </summary>
    private static int MatchPhrase(char[] lowered, ReadOnlySpan<Item> words, int first, string phrase)
    {
        var position = words[first].Start;
        var p = 0;
        while (p < phrase.Length)
        {
            if (position >= lowered.Length)
                return -1;
            if (phrase[p] == ' ')
            {
                if (!char.IsWhiteSpace(lowered[position]))
                    return -1;
                while (position < lowered.Length && char.IsWhiteSpace(lowered[position]))
                    position++;
                p++;
                continue;
            }
            if (lowered[position] != phrase[p])
                return -1;
            position++;
            p++;
        }
        for (var j = first + 1; j < words.Length && words[j].End <= position; j++)
        {
            if (words[j].End == position)
                return j;
        }
        return -1;
    }

    private static void CapsOf(ReadOnlySpan<char> word, out bool caps, out bool hasLetters)
    {
        int upper = 0, lower = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
                upper++;
            else if (char.IsLower(c))
                lower++;
        }
        hasLetters = upper + lower > 0;
        caps = upper >= 2 && lower == 0;
    }

    /// <summary>
    /// Drops the lexicon valence of words that are part of a name ("United Nations", "Special Envoy",
    /// "Good Friday"): a capitalized word next to another capitalized word, unless the sentence is
    /// mostly capitalized (a Title Case headline), where capitals say nothing about names.
    /// </summary>
    private static void SkipNames(Span<Item> words)
    {
        int letters = 0, titles = 0;
        foreach (ref readonly var word in words)
        {
            if (word.Consumed || !word.HasLetters)
                continue;
            letters++;
            if (word.Title)
                titles++;
        }
        if (titles * 2 >= letters)
            return;
        for (var i = 0; i < words.Length; i++)
        {
            ref var word = ref words[i];
            if (!word.Title || word.Lexicon == 0 || word.Consumed)
                continue;
            var previousIsName = i > 0 && words[i - 1].Title && !words[i].BreakBefore;
            var nextIsName = i + 1 < words.Length && words[i + 1].Title && !words[i + 1].BreakBefore;
            if (previousIsName || nextIsName)
                word.Lexicon = 0;
        }
    }

    private static SentenceTone Score(int index, Span span, Span<Item> words, int exclamations, int questions,
        List<ToneWord> output, out int wordCount, out int positive, out int negative)
    {
        bool anyCaps = false, anyPlain = false;
        var but = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Consumed)
                continue;
            if (words[i].Caps)
                anyCaps = true;
            else if (words[i].HasLetters)
                anyPlain = true;
            if (but < 0 && i > 0 && words[i].But)
                but = i;
        }
        var capsMatter = anyCaps && anyPlain;
        SkipNames(words);

        // First pass: adjusted valences; negators and boosters that act are marked Used.
        Span<double> adjusted = words.Length <= 256 ? stackalloc double[words.Length] : new double[words.Length];
        Span<byte> rules = words.Length <= 256 ? stackalloc byte[words.Length] : new byte[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            adjusted[i] = 0;
            rules[i] = 0;
            ref var word = ref words[i];
            if (word.Consumed || word.Lexicon == 0)
                continue;
            var sign = Math.Sign(word.Lexicon);
            var magnitude = Math.Abs(word.Lexicon);
            var applied = word.Phrase ? ToneRules.Phrase : ToneRules.None;
            if (capsMatter && word.Caps)
            {
                magnitude += CapsStep;
                applied |= ToneRules.Caps;
            }
            var negated = false;
            for (var d = 1; d <= Window; d++)
            {
                var k = i - d;
                if (k < 0 || words[k + 1].BreakBefore)
                    break;
                ref var before = ref words[k];
                if (before.But)
                    break;
                if (before.Consumed && before.Boost == 0)
                    continue;
                if (before.Boost != 0)
                {
                    var step = BoosterStep + (capsMatter && before.Caps ? CapsStep : 0);
                    magnitude = Math.Max(0, magnitude + before.Boost * step * DistanceScale[d - 1]);
                    applied |= before.Boost > 0 ? ToneRules.Boosted : ToneRules.Dampened;
                    before.Used = true;
                }
                else if (before.Negator && !negated)
                {
                    negated = true;
                    before.Used = true;
                }
            }
            var valence = sign * magnitude;
            if (negated)
            {
                valence *= NegationScale;
                applied |= ToneRules.Negated;
            }
            if (but >= 0 && i < but)
            {
                valence *= BeforeButScale;
                applied |= ToneRules.BeforeBut;
            }
            else if (but >= 0 && i > but)
            {
                valence *= AfterButScale;
                applied |= ToneRules.AfterBut;
            }
            adjusted[i] = valence;
            rules[i] = (byte)applied;
        }

        // Second pass: sum, count and report the words that keep a valence.
        double sum = 0, absolute = 0;
        wordCount = positive = negative = 0;
        for (var i = 0; i < words.Length; i++)
        {
            ref var word = ref words[i];
            if (word.Consumed)
                continue;
            if (word.Countable)
                wordCount++;
            if (word.Used || adjusted[i] == 0)
                continue;
            var valence = adjusted[i];
            sum += valence;
            absolute += Math.Abs(valence);
            if (valence > 0)
                positive++;
            else
                negative++;
            output.Add(new ToneWord(index, new Span(word.Start, word.End), word.Lexicon, valence, (ToneRules)rules[i]));
        }

        var emphasis = Math.Min(exclamations, MaxExclamations) * ExclamationStep
            + (questions <= 1 ? 0 : questions > 3 ? QuestionCap : questions * QuestionStep);
        if (sum != 0)
            sum += Math.Sign(sum) * emphasis;
        var compound = sum / Math.Sqrt(sum * sum + NormalizationAlpha);
        var sentiment = positive + negative;
        var intensity = sentiment == 0 ? 0 : Math.Min(1, (absolute / sentiment + emphasis) / MaxValence);
        return wordCount == 0
            ? new SentenceTone(index, span, 0, 0, 1, compound, intensity)
            : new SentenceTone(index, span, (double)positive / wordCount, (double)negative / wordCount,
                (double)(wordCount - positive - negative) / wordCount, compound, intensity);
    }
}
