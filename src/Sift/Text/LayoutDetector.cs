using Sift.Model;

namespace Sift.Text;

/// <summary>A paragraph-to-be: its extent, and the runs of text within which sentences are split.</summary>
public sealed record TextBlock(int Start, int End, IReadOnlyList<(int Start, int End)> SentenceRuns);

/// <summary>Tells the paragraph layout of plain text, and cuts the text into paragraph blocks by it.</summary>
public static class LayoutDetector
{
    public static TextLayout Detect(string text)
    {
        var lines = Lines(text);
        var sawBlankBetween = false;
        var seenContent = false;
        var pendingBlank = false;
        foreach (var line in lines)
        {
            if (line.Blank)
            {
                pendingBlank = seenContent;
                continue;
            }
            if (pendingBlank)
                sawBlankBetween = true;
            seenContent = true;
        }
        if (!sawBlankBetween)
            return TextLayout.LinePerParagraph;

        // Inside multi-line blocks: lines that end a sentence mean one sentence per line (PTC);
        // lines that break mid-sentence mean wrapped paragraphs.
        int interior = 0, terminal = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Blank || lines[i + 1].Blank)
                continue;
            interior++;
            if (EndsSentence(text, lines[i]))
                terminal++;
        }
        return interior > 0 && terminal * 2 >= interior ? TextLayout.SentencePerLine : TextLayout.BlankLineParagraphs;
    }

    public static List<TextBlock> Blocks(string text, TextLayout layout)
    {
        var lines = Lines(text);
        var blocks = new List<TextBlock>();
        if (layout == TextLayout.LinePerParagraph)
        {
            foreach (var line in lines)
            {
                if (!line.Blank)
                    blocks.Add(new TextBlock(line.Start, line.End, [(line.Start, line.End)]));
            }
            return blocks;
        }

        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Blank)
            {
                i++;
                continue;
            }
            var first = i;
            while (i < lines.Count && !lines[i].Blank)
                i++;
            blocks.Add(MakeBlock(text, lines, first, i, layout));
        }
        return blocks;
    }

    private static TextBlock MakeBlock(string text, List<Line> lines, int first, int last, TextLayout layout)
    {
        var runs = new List<(int, int)>();
        if (layout == TextLayout.SentencePerLine)
        {
            for (var k = first; k < last; k++)
                runs.Add((lines[k].Start, lines[k].End));
            return new TextBlock(lines[first].Start, lines[last - 1].End, runs);
        }

        // Wrapped paragraph: lines join, except after a short line with no final punctuation
        // followed by a capital: a headline or a list item, not a wrapped line.
        var longest = 0;
        for (var k = first; k < last; k++)
            longest = Math.Max(longest, lines[k].End - lines[k].Start);
        var runStart = lines[first].Start;
        for (var k = first; k + 1 < last; k++)
        {
            var line = lines[k];
            var nextStart = FirstVisible(text, lines[k + 1]);
            var headlineLike = !EndsSentence(text, line) && (line.End - line.Start) * 10 < longest * 6
                && nextStart < lines[k + 1].End && char.IsUpper(text[nextStart]);
            if (headlineLike)
            {
                runs.Add((runStart, line.End));
                runStart = lines[k + 1].Start;
            }
        }
        runs.Add((runStart, lines[last - 1].End));
        return new TextBlock(lines[first].Start, lines[last - 1].End, runs);
    }

    private readonly record struct Line(int Start, int End, bool Blank);

    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
                continue;
            lines.Add(new Line(start, i, IsBlank(text, start, i)));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            start = i + 1;
        }
        return lines;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!Tokenizer.IsSpace(text[i]))
                return false;
        }
        return true;
    }

    private static int FirstVisible(string text, Line line)
    {
        var i = line.Start;
        while (i < line.End && Tokenizer.IsSpace(text[i]))
            i++;
        return i;
    }

    private static bool EndsSentence(string text, Line line)
    {
        var i = line.End - 1;
        while (i >= line.Start && Tokenizer.IsSpace(text[i]))
            i--;
        return i >= line.Start && text[i] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or '\'' or ':' or ')';
    }
}
