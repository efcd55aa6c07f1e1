using Sift.Evaluation.Ptc;
using Sift.Model;
using Sift.Syntax;
using Sift.Text;

namespace Sift.Framing.Loaded;

/// <summary>What <see cref="LoadedWordsTrainer"/> chose on validation, and how the list scored there.</summary>
public sealed record LoadedWordsResult(LoadedWords Words, int MinInside, double MinShare, PtcSiScore Validation);

/// <summary>
/// Learns <see cref="LoadedWords"/> from PTC: each word's uses, and how many of them lie inside a gold
/// Loaded Language or Name Calling span. The two thresholds are chosen by the SI score (partial credit,
/// the official SI scorer) of what <see cref="LoadedTermFinder"/> marks with the list (its labels
/// included), against those two techniques' gold spans of the validation split, with counts from the
/// other articles; the shipped list repeats the counting over every article.
/// </summary>
public static class LoadedWordsTrainer
{
    public static readonly string[] Techniques = ["Loaded_Language", "Name_Calling,Labeling"];

    // At least two annotated uses: one says nothing about a word (1 of 1 is a share of 100 %), though letting
    // such words in scored higher on validation (F1 0.239 against 0.195), most were a long span's ordinary words.
    private static readonly int[] MinInsideGrid = [2, 3, 4, 5, 6, 8, 10];
    private static readonly double[] MinShareGrid = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

    public static LoadedWordsResult Train(string ptcFolder, Action<string> log, Action<string, double>? progress = null)
    {
        var corpus = PtcCorpus.Load(ptcFolder);
        if (!corpus.HasTcLabels)
            throw new Intake.InputException(ptcFolder, "no TC labels (labels-tc.tsv): the loaded words are learned from Loaded Language and Name Calling spans");
        var articles = new (PtcArticle Article, TextLayer Layer, SyntaxLayer Syntax)[corpus.Articles.Count];
        var done = 0;
        // The fast parse: the finder reads a parse in analysis (a loaded modifier takes in its noun, names are never
        // loaded, a verb is judged by its uses as a verb), so the thresholds are chosen with one too.
        var parser = new SyntaxAnalyzer(SyntaxModels.Default);
        Parallel.For(0, articles.Length, i =>
        {
            var a = corpus.Articles[i];
            var article = a.ToArticle($"article{a.Id}.txt");
            var layer = TextSegmenter.Segment(article);
            articles[i] = (a, layer, parser.Analyze(article, layer));
            progress?.Invoke("Parsing PTC articles", (double)Interlocked.Increment(ref done) / articles.Length);
        });
        var (train, validation) = corpus.SplitForValidation();
        var trainCounts = Count(articles.Where(a => !a.Article.IsValidation));
        var gold = validation.TcLabels.Where(l => Techniques.Contains(l.Technique)).Select(l => new SiLabel(l.ArticleId, l.Span)).ToList();
        log($"read {articles.Length} articles ({train.Articles.Count} train, {validation.Articles.Count} validation); " +
            $"{gold.Count} validation spans of {string.Join(" and ", Techniques)}");

        (PtcSiScore Score, int MinInside, double MinShare)? best = null;
        foreach (var minInside in MinInsideGrid)
        {
            foreach (var minShare in MinShareGrid)
            {
                var words = new LoadedWords(trainCounts, minInside, minShare);
                var predicted = new List<SiLabel>();
                foreach (var (article, layer, syntax) in articles.Where(a => a.Article.IsValidation))
                {
                    foreach (var span in Spans(article.Text, layer, syntax, words))
                        predicted.Add(article.ToSiLabel(span));
                }
                var score = PtcSiScorer.ScoreAgainstPart(gold, predicted);
                log($"  at least {minInside} times inside, {minShare:P0} of uses: {score}");
                if (best is null || score.F1 > best.Value.Score.F1)
                    best = (score, minInside, minShare);
            }
        }
        var (validationScore, chosenInside, chosenShare) = best!.Value;
        log($"chose words inside a loaded span at least {chosenInside} times and in at least {chosenShare:P0} of their uses; validation {validationScore}");
        var all = new LoadedWords(Count(articles), chosenInside, chosenShare);
        log($"retrained on all {articles.Length} articles: {all.Count} words");
        return new LoadedWordsResult(all, chosenInside, chosenShare, validationScore);
    }

    /// <summary>What the finder marks in an article, as spans.</summary>
    private static IEnumerable<Span> Spans(string text, TextLayer layer, SyntaxLayer syntax, LoadedWords words) =>
        new LoadedTermFinder(words).Find(text, layer, syntax).Select(t => t.Span);

    private static Dictionary<string, LoadedEvidence> Count(IEnumerable<(PtcArticle Article, TextLayer Layer, SyntaxLayer Syntax)> articles)
    {
        var counts = new Dictionary<string, LoadedEvidence>(StringComparer.Ordinal);
        foreach (var (article, layer, syntax) in articles)
        {
            var loaded = article.TcGold.Where(t => Techniques.Contains(t.Technique)).Select(t => t.Span).ToList();
            for (var t = 0; t < layer.Tokens.Count; t++)
            {
                var token = layer.Tokens[t];
                if (token.Kind != TokenKind.Word)
                    continue;
                var word = article.Text[token.Start..token.End].ToLowerInvariant();
                var inside = loaded.Exists(s => s.Overlaps(token.Span));
                Add(counts, word, inside);
                if (syntax.Tokens[t].Upos == "VERB")
                    Add(counts, word + LoadedWords.VerbSuffix, inside);
            }
        }
        return counts;
    }

    private static void Add(Dictionary<string, LoadedEvidence> counts, string key, bool inside)
    {
        var c = counts.GetValueOrDefault(key);
        counts[key] = new LoadedEvidence(c.Inside + (inside ? 1 : 0), c.Uses + 1);
    }
}
