using Sift.Model;

namespace Sift.Text;

/// <summary>
/// Builds the text layer of an article: paragraphs by its layout, tokens, then sentences within
/// each paragraph (and within each line where lines are sentences).
/// </summary>
public static class TextSegmenter
{
    public static TextLayer Segment(Article article)
    {
        var text = article.Text;
        var layout = article.Layout == TextLayout.Auto ? LayoutDetector.Detect(text) : article.Layout;
        var blocks = LayoutDetector.Blocks(text, layout);

        var paragraphs = new List<Paragraph>(blocks.Count);
        var sentences = new List<Sentence>(blocks.Count * 4);
        var tokens = new List<Token>(text.Length / 5);
        var ends = new List<int>();
        foreach (var block in blocks)
        {
            var firstSentence = sentences.Count;
            foreach (var (lineStart, lineEnd) in block.SentenceRuns)
            {
                var firstToken = tokens.Count;
                Tokenizer.Tokenize(text, lineStart, lineEnd, tokens);
                ends.Clear();
                SentenceSplitter.Split(text, tokens, firstToken, tokens.Count, ends);
                var from = firstToken;
                foreach (var end in ends)
                {
                    sentences.Add(new Sentence(tokens[from].Start, tokens[end - 1].End, paragraphs.Count, from, end - from));
                    from = end;
                }
            }
            if (sentences.Count == firstSentence)
                continue; // a block of invisible characters only
            var kind = article.TitleSpan is { } title && title.Overlaps(new Span(block.Start, block.End))
                ? ParagraphKind.Headline : ParagraphKind.Body;
            var paragraphStart = tokens[sentences[firstSentence].FirstToken].Start;
            var paragraphEnd = sentences[^1].End;
            paragraphs.Add(new Paragraph(paragraphStart, paragraphEnd, kind, firstSentence, sentences.Count - firstSentence));
        }
        return new TextLayer([.. paragraphs], [.. sentences], [.. tokens]);
    }
}
