using Sift.Intake;

namespace Sift.Evaluation.Conll;

/// <summary>One token line: its whitespace-separated columns (the word first) and its 1-based line number.</summary>
public sealed record ConllToken(IReadOnlyList<string> Columns, int Line)
{
    public string Word => Columns[0];

    /// <summary>The NER tag of a gold file, or the predicted tag of a predictions file.</summary>
    public string LastColumn => Columns[^1];
}

/// <summary>A sentence: the tokens between blank lines, in the document it belongs to (0-based; -1 before any -DOCSTART-).</summary>
public sealed record ConllSentence(int Document, IReadOnlyList<ConllToken> Tokens);

/// <summary>
/// A file in the CoNLL-2003 layout: one token per line with space-separated columns
/// (<c>token POS chunk NER</c> in the data), a blank line after each sentence, and a
/// <c>-DOCSTART-</c> line opening each document. Every token line must have the same number of columns.
/// </summary>
public sealed class ConllFile
{
    public const string DocumentStart = "-DOCSTART-";

    private ConllFile(string source, IReadOnlyList<ConllSentence> sentences, int documents, int columns)
    {
        Source = source;
        Sentences = sentences;
        Documents = documents;
        ColumnCount = columns;
    }

    public string Source { get; }

    public IReadOnlyList<ConllSentence> Sentences { get; }

    /// <summary>The number of -DOCSTART- lines.</summary>
    public int Documents { get; }

    /// <summary>Columns per token line (0 for a file without tokens).</summary>
    public int ColumnCount { get; }

    public int TokenCount => Sentences.Sum(s => s.Tokens.Count);

    /// <summary>The tags of one column, sentence by sentence; negative columns count from the end (-1 is the last).</summary>
    public IEnumerable<IReadOnlyList<string>> Tags(int column) =>
        Sentences.Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Columns[column < 0 ? t.Columns.Count + column : column]).ToArray());

    public static ConllFile Read(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, "CoNLL file not found");
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static ConllFile Parse(TextReader reader, string source)
    {
        var sentences = new List<ConllSentence>();
        var current = new List<ConllToken>();
        var documents = 0;
        var columns = 0;
        var lineNumber = 0;

        void EndSentence()
        {
            if (current.Count == 0)
                return;
            sentences.Add(new ConllSentence(documents - 1, current.ToArray()));
            current.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                EndSentence();
                continue;
            }
            if (fields[0] == DocumentStart)
            {
                EndSentence();
                documents++;
                continue;
            }
            if (columns == 0)
                columns = fields.Length;
            else if (fields.Length != columns)
                throw new InputException($"{source}:{lineNumber}", $"expected {columns} columns like the lines before, found {fields.Length}");
            current.Add(new ConllToken(fields, lineNumber));
        }
        EndSentence();
        return new ConllFile(source, sentences, documents, columns);
    }
}
