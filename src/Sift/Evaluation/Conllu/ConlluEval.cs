namespace Sift.Evaluation.Conllu;

/// <summary>The CoNLL 2018 shared-task figures Sift reports for a tagger, lemmatizer and parser, each an F1 over words.</summary>
public sealed record ConlluScore(
    int GoldWords,
    int SystemWords,
    int AlignedWords,
    int GoldTokens,
    int SystemTokens,
    int MatchedTokens,
    int Upos,
    int Xpos,
    int Lemmas,
    int Uas,
    int Las)
{
    public double F1(int correct) => GoldWords + SystemWords > 0 ? 2.0 * correct / (GoldWords + SystemWords) : 0;

    public double WordsF1 => F1(AlignedWords);
    public double TokensF1 => GoldTokens + SystemTokens > 0 ? 2.0 * MatchedTokens / (GoldTokens + SystemTokens) : 0;
    public double UposF1 => F1(Upos);
    public double XposF1 => F1(Xpos);
    public double LemmasF1 => F1(Lemmas);
    public double UasF1 => F1(Uas);
    public double LasF1 => F1(Las);
}

/// <summary>
/// Scores a system's CoNLL-U against gold the way conll18_ud_eval.py does: texts must agree once
/// whitespace is removed; tokens match by character span; words inside multiword tokens pair by the
/// longest common subsequence of their lower-cased forms; LAS compares universal relations only;
/// a gold lemma "_" accepts any lemma. With gold tokenization every figure is a plain accuracy.
/// </summary>
public static class ConlluEval
{
    private sealed record Token(int Start, int End, int FirstWord, int WordCount, bool Multiword);

    private sealed class Side
    {
        public readonly List<ConlluWord> Words = [];
        public readonly List<int> SentenceOffset = []; // index of each word's sentence's first word
        public readonly List<Token> Tokens = [];
        public readonly List<Token> TokenOfWord = [];
        public string Text = "";
    }

    public static ConlluScore Score(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<ConlluSentence> system)
    {
        var g = Flatten(gold);
        var s = Flatten(system);
        if (g.Text != s.Text)
        {
            var i = 0;
            while (i < g.Text.Length && i < s.Text.Length && g.Text[i] == s.Text[i])
                i++;
            throw new Intake.InputException("system CoNLL-U",
                $"its text differs from the gold text at non-space character {i} (gold \"{Excerpt(g.Text, i)}\", system \"{Excerpt(s.Text, i)}\")");
        }

        // Tokens match when they cover the same characters (walked by start, as the official script does).
        var matchedTokens = 0;
        for (int a = 0, b = 0; a < g.Tokens.Count && b < s.Tokens.Count;)
        {
            var gt = g.Tokens[a];
            var st = s.Tokens[b];
            if (st.Start < gt.Start)
            {
                b++;
            }
            else if (gt.Start < st.Start)
            {
                a++;
            }
            else
            {
                if (gt.End == st.End)
                    matchedTokens++;
                a++;
                b++;
            }
        }

        // Align words: systemOf[goldWord] = system word or -1.
        var systemOf = new int[g.Words.Count];
        Array.Fill(systemOf, -1);
        var goldOf = new int[s.Words.Count];
        Array.Fill(goldOf, -1);
        AlignWords(g, s, systemOf, goldOf);

        int upos = 0, xpos = 0, lemmas = 0, uas = 0, las = 0, aligned = 0;
        for (var w = 0; w < g.Words.Count; w++)
        {
            var sw = systemOf[w];
            if (sw < 0)
                continue;
            aligned++;
            var gold1 = g.Words[w];
            var sys1 = s.Words[sw];
            if (gold1.Upos == sys1.Upos) upos++;
            if (gold1.Xpos == sys1.Xpos) xpos++;
            if (gold1.Lemma == "_" || gold1.Lemma == sys1.Lemma) lemmas++;
            var goldHead = gold1.Head == 0 ? -1 : g.SentenceOffset[w] + gold1.Head - 1;
            var sysHead = sys1.Head == 0 ? -1 : s.SentenceOffset[sw] + sys1.Head - 1;
            var headOk = goldHead < 0 ? sysHead < 0 : sysHead >= 0 && systemOf[goldHead] == sysHead;
            if (headOk)
            {
                uas++;
                if (gold1.UniversalDeprel == sys1.UniversalDeprel)
                    las++;
            }
        }
        return new ConlluScore(g.Words.Count, s.Words.Count, aligned, g.Tokens.Count, s.Tokens.Count, matchedTokens, upos, xpos, lemmas, uas, las);
    }

    private static void Link(int goldWord, int systemWord, int[] systemOf, int[] goldOf)
    {
        systemOf[goldWord] = systemWord;
        goldOf[systemWord] = goldWord;
    }

    /// <summary>
    /// Words outside multiword tokens align when their tokens cover the same characters. Where either
    /// side has a multiword token, the stretch of words overlapping it (extended while further words
    /// start inside it or are multiword themselves) is aligned by the longest common subsequence of
    /// lower-cased forms — so gold "don't" = do + n't aligns with system tokens "do" and "n't".
    /// </summary>
    private static void AlignWords(Side g, Side s, int[] systemOf, int[] goldOf)
    {
        int gi = 0, si = 0;
        var gn = g.Words.Count;
        var sn = s.Words.Count;
        while (gi < gn && si < sn)
        {
            var gw = g.TokenOfWord[gi];
            var sw = s.TokenOfWord[si];
            if (gw.Multiword || sw.Multiword)
            {
                int end;
                if (gw.Multiword)
                {
                    end = gw.End;
                    if (!sw.Multiword && sw.Start < gw.Start)
                        si++;
                }
                else
                {
                    end = sw.End;
                    if (!gw.Multiword && gw.Start < sw.Start)
                        gi++;
                }
                int gs = gi, ss = si;
                while ((gi < gn && (g.TokenOfWord[gi].Multiword || g.TokenOfWord[gi].Start < end))
                    || (si < sn && (s.TokenOfWord[si].Multiword || s.TokenOfWord[si].Start < end)))
                {
                    if (gi < gn && (si >= sn || g.TokenOfWord[gi].Start <= s.TokenOfWord[si].Start))
                    {
                        if (g.TokenOfWord[gi].Multiword)
                            end = Math.Max(end, g.TokenOfWord[gi].End);
                        gi++;
                    }
                    else
                    {
                        if (s.TokenOfWord[si].Multiword)
                            end = Math.Max(end, s.TokenOfWord[si].End);
                        si++;
                    }
                }
                AlignByLcs(g, gs, gi - gs, s, ss, si - ss, systemOf, goldOf);
            }
            else if (gw.Start == sw.Start && gw.End == sw.End)
            {
                Link(gi++, si++, systemOf, goldOf);
            }
            else if (gw.Start <= sw.Start)
            {
                gi++;
            }
            else
            {
                si++;
            }
        }
    }

    private static void AlignByLcs(Side g, int gFirst, int gCount, Side s, int sFirst, int sCount, int[] systemOf, int[] goldOf)
    {
        var table = new int[gCount + 1, sCount + 1];
        for (var i = gCount - 1; i >= 0; i--)
        {
            for (var j = sCount - 1; j >= 0; j--)
            {
                table[i, j] = string.Equals(g.Words[gFirst + i].Form, s.Words[sFirst + j].Form, StringComparison.OrdinalIgnoreCase)
                    ? table[i + 1, j + 1] + 1
                    : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }
        int a = 0, b = 0;
        while (a < gCount && b < sCount)
        {
            if (string.Equals(g.Words[gFirst + a].Form, s.Words[sFirst + b].Form, StringComparison.OrdinalIgnoreCase))
            {
                Link(gFirst + a, sFirst + b, systemOf, goldOf);
                a++;
                b++;
            }
            else if (table[a + 1, b] >= table[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }
    }

    private static Side Flatten(IReadOnlyList<ConlluSentence> sentences)
    {
        var side = new Side();
        var text = new System.Text.StringBuilder();
        foreach (var sentence in sentences)
        {
            var first = side.Words.Count;
            var mwt = 0;
            var k = 0;
            while (k < sentence.Words.Count)
            {
                var w = sentence.Words[k];
                int count;
                string form;
                var multi = mwt < sentence.MultiwordTokens.Count && sentence.MultiwordTokens[mwt].FirstId == w.Id;
                if (multi)
                {
                    var m = sentence.MultiwordTokens[mwt++];
                    count = m.LastId - m.FirstId + 1;
                    form = m.Form;
                }
                else
                {
                    count = 1;
                    form = w.Form;
                }
                var start = text.Length;
                foreach (var c in form)
                {
                    if (!char.IsWhiteSpace(c))
                        text.Append(c);
                }
                side.Tokens.Add(new Token(start, text.Length, side.Words.Count, count, multi));
                for (var j = 0; j < count && k < sentence.Words.Count; j++, k++)
                {
                    side.Words.Add(sentence.Words[k]);
                    side.TokenOfWord.Add(side.Tokens[^1]);
                    side.SentenceOffset.Add(first);
                }
            }
        }
        side.Text = text.ToString();
        return side;
    }

    private static string Excerpt(string s, int at) => s.Substring(Math.Max(0, at - 10), Math.Min(20, s.Length - Math.Max(0, at - 10)));
}
