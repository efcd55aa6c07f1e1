using Sift.Intake;

namespace Sift.Evaluation.Conllu;

/// <summary>A syntactic word of a CoNLL-U sentence (a line with an integer ID).</summary>
public sealed record ConlluWord(
    int Id,
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    int Head,
    string Deprel,
    string Misc)
{
    /// <summary>The universal part of the relation ("nsubj:pass" → "nsubj"), which is what LAS compares.</summary>
    public string UniversalDeprel => Deprel.IndexOf(':') is var i and > 0 ? Deprel[..i] : Deprel;

    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A surface token spanning several words ("don't" → do + n't): the range line of CoNLL-U.</summary>
public sealed record ConlluMultiwordToken(int FirstId, int LastId, string Form, string Misc);

public sealed record ConlluSentence(
    string? Id,
    string? Text,
    IReadOnlyList<ConlluWord> Words,
    IReadOnlyList<ConlluMultiwordToken> MultiwordTokens,
    bool StartsDocument,
    bool StartsParagraph);

/// <summary>Reads and writes CoNLL-U (universaldependencies.org/format.html); empty nodes are skipped.</summary>
public static class ConlluFile
{
    public static List<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static List<ConlluSentence> Parse(TextReader reader, string source)
    {
        var sentences = new List<ConlluSentence>();
        var words = new List<ConlluWord>();
        var mwts = new List<ConlluMultiwordToken>();
        string? id = null, text = null;
        bool newDoc = false, newPar = false;
        var lineNumber = 0;
        while (true)
        {
            var line = reader.ReadLine();
            lineNumber++;
            if (line is null || line.Length == 0)
            {
                if (words.Count > 0)
                    sentences.Add(new ConlluSentence(id, text, words, mwts, newDoc, newPar));
                if (line is null)
                    break;
                words = [];
                mwts = [];
                id = text = null;
                newDoc = newPar = false;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                    id = line[12..];
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                    text = line[9..];
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                    newDoc = true;
                else if (line.StartsWith("# newpar", StringComparison.Ordinal))
                    newPar = true;
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
                throw new InputException($"{source}:{lineNumber}", $"expected 10 tab-separated columns, found {cols.Length}");
            var dash = cols[0].IndexOf('-');
            if (dash > 0)
            {
                mwts.Add(new ConlluMultiwordToken(ParseInt(cols[0][..dash], source, lineNumber), ParseInt(cols[0][(dash + 1)..], source, lineNumber), cols[1], cols[9]));
                continue;
            }
            if (cols[0].Contains('.'))
                continue; // an empty node of the enhanced graph
            words.Add(new ConlluWord(ParseInt(cols[0], source, lineNumber), cols[1], cols[2], cols[3], cols[4], cols[5],
                cols[6] == "_" ? -1 : ParseInt(cols[6], source, lineNumber), cols[7], cols[9]));
        }
        return sentences;
    }

    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.Id is not null)
                writer.Write($"# sent_id = {sentence.Id}\n");
            if (sentence.Text is not null)
                writer.Write($"# text = {sentence.Text}\n");
            var mwtIndex = 0;
            foreach (var w in sentence.Words)
            {
                if (mwtIndex < sentence.MultiwordTokens.Count && sentence.MultiwordTokens[mwtIndex].FirstId == w.Id)
                {
                    var m = sentence.MultiwordTokens[mwtIndex++];
                    writer.Write($"{m.FirstId}-{m.LastId}\t{m.Form}\t_\t_\t_\t_\t_\t_\t_\t{m.Misc}\n");
                }
                writer.Write($"{w.Id}\t{w.Form}\t{w.Lemma}\t{w.Upos}\t{w.Xpos}\t{w.Feats}\t{(w.Head < 0 ? "_" : w.Head)}\t{w.Deprel}\t_\t{w.Misc}\n");
            }
            writer.Write('\n');
        }
    }

    private static int ParseInt(string s, string source, int line) =>
        int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : throw new InputException($"{source}:{line}", $"'{s}' is not a word index");
}
