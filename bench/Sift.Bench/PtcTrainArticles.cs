using Sift.Entities;
using Sift.Entities.Ner;
using Sift.Entities.Places;
using Sift.Intake;
using Sift.Model;
using Sift.Text;

namespace Sift.Bench;

/// <summary>A PTC train article with the layers a benchmarked stage reads, built beforehand.</summary>
internal sealed record PreparedArticle(Article Article, TextLayer Text, SyntaxLayer Syntax, EntityLayer? Entities);

/// <summary>
/// All PTC train articles in file-name order, dated 2017-08-30 (so relative dates resolve), with their
/// text and syntax layers and, when asked, the fast recognizer's entity layer.
/// </summary>
internal static class PtcTrainArticles
{
    public static PreparedArticle[] Load(bool withEntities)
    {
        var folder = Path.Combine(DataLocator.Require("ptc/train"), "articles");
        var syntax = new Syntax.SyntaxAnalyzer(Syntax.SyntaxModels.Default);
        var entities = withEntities ? new EntityAnalyzer(EntityRecognizer.Default, new PlaceResolver(Gazetteer.Default)) : null;
        return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => PlainTextReader.Read(File.ReadAllText(f), f) with { Metadata = new ArticleMetadata { Published = new DateOnly(2017, 8, 30) } })
            .Select(a =>
            {
                var text = TextSegmenter.Segment(a);
                var tree = syntax.Analyze(a, text);
                return new PreparedArticle(a, text, tree, entities?.Analyze(a, text, tree));
            })
            .ToArray();
    }

    /// <summary>The text layers' word and number tokens: the denominator of words/s.</summary>
    public static long Words(IEnumerable<TextLayer> texts) =>
        texts.Sum(text => text.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number));
}
