using Sift.Evaluation.Ptc;
using Sift.Model;
using Sift.Text;

namespace Sift.Framing.Propaganda;

/// <summary>Runs the propaganda models over PTC articles and writes their answers as PTC labels (code points).</summary>
public static class PtcPredictor
{
    /// <summary>A PTC article segmented the way Sift's pipeline segments it, with its token features.</summary>
    public sealed record Prepared(PtcArticle Article, PropagandaDocument Doc);

    public static Prepared Prepare(PtcArticle article, CueLexicon cues, Func<Article, TextLayer, Encoder.TokenVectors>? encode = null)
    {
        var source = article.ToArticle($"article{article.Id}.txt");
        var layer = TextSegmenter.Segment(source);
        return new Prepared(article, new PropagandaDocument(article.Text, layer, cues, encode?.Invoke(source, layer)));
    }

    /// <summary>Segments the articles in parallel; the encoder, when given, runs one article at a time (it uses every core itself).</summary>
    public static List<Prepared> Prepare(IEnumerable<PtcArticle> articles, CueLexicon cues, Func<Article, TextLayer, Encoder.TokenVectors>? encode = null,
        Action<double>? progress = null)
    {
        var list = articles.ToList();
        var result = new Prepared[list.Count];
        var done = 0;
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = encode is null ? Environment.ProcessorCount : 1 }, i =>
        {
            result[i] = Prepare(list[i], cues, encode);
            var d = Interlocked.Increment(ref done);
            progress?.Invoke((double)d / list.Count);
        });
        return [.. result];
    }

    /// <summary>The tagger's spans per article, in UTF-16 units (see <see cref="PtcSiScorer.Score(PtcCorpus, IEnumerable{KeyValuePair{string, IReadOnlyList{Span}}}, bool)"/>).</summary>
    public static List<KeyValuePair<string, IReadOnlyList<Span>>> Spans(PropagandaModel model, IEnumerable<Prepared> articles) =>
        articles.Select(p => new KeyValuePair<string, IReadOnlyList<Span>>(p.Article.Id, model.FindSpans(p.Doc).Select(s => s.Span).ToList())).ToList();

    /// <summary>
    /// A technique for every gold TC line. A span listed with several techniques gets the model's
    /// best, second best, … in turn, as the scorer matches a span's labels in any order.
    /// </summary>
    public static List<TcLabel> Techniques(PropagandaModel model, IEnumerable<Prepared> articles)
    {
        var labels = new List<TcLabel>();
        foreach (var p in articles)
        {
            var counter = new SpanCounter(p.Doc);
            foreach (var group in p.Article.TcGold.GroupBy(g => g.Span))
            {
                var (sentence, from, to) = TokenRange(p.Doc.Layer, group.Key);
                var probabilities = model.Classify(p.Doc, counter, sentence, from, to);
                var ranked = Enumerable.Range(0, probabilities.Length).OrderByDescending(k => probabilities[k]).ToArray();
                var rank = 0;
                foreach (var _ in group)
                    labels.Add(p.Article.ToTcLabel(model.Techniques[ranked[rank++ % ranked.Length]], group.Key));
            }
        }
        return labels;
    }

    /// <summary>The tokens a character span touches, and the sentence of the first.</summary>
    public static (int Sentence, int From, int To) TokenRange(TextLayer layer, Span span)
    {
        var touched = layer.TokensIn(span);
        var from = Math.Min(touched.From, layer.Tokens.Count - 1);
        return (SentenceOf(layer, from), from, Math.Max(touched.To, from + 1));
    }

    public static int SentenceOf(TextLayer layer, int token)
    {
        var sentences = layer.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (sentences[mid].FirstToken <= token)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
}
