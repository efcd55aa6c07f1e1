using System.Text.Json;
using Sift.Model;
using Sift.Model.Json;

namespace Sift.Intake;

/// <summary>Article records in JSON (one object, or an array of them) and JSONL (one object a line).</summary>
public static class ArticleRecordReader
{
    public static IEnumerable<IntakeItem> ReadJson(string json, string source)
    {
        var trimmed = json.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '[')
        {
            List<ArticleRecord?>? records;
            try
            {
                records = JsonSerializer.Deserialize(json, SiftJsonContext.Default.ListArticleRecord)!;
            }
            catch (JsonException e)
            {
                throw new InputException(source, $"malformed JSON ({Describe(e)})");
            }
            for (var i = 0; i < records.Count; i++)
                yield return ToItem(records[i], $"{source}[{i}]");
            yield break;
        }
        yield return ToItem(Parse(json, source), source);
    }

    /// <summary>One article a line; a malformed line is reported with its number and the others go through.</summary>
    public static IEnumerable<IntakeItem> ReadJsonLines(TextReader reader, string source, long maxBytes)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var lineSource = $"{source}:{number}";
            IntakeItem item;
            try
            {
                if (line.Length * 2L > maxBytes && System.Text.Encoding.UTF8.GetByteCount(line) > maxBytes)
                    throw new InputException(lineSource, $"record is over the {Sizes.Describe(maxBytes)} limit (--max-size)");
                item = ToItem(Parse(line, lineSource), lineSource);
            }
            catch (InputException e)
            {
                item = IntakeItem.Failed(lineSource, e);
            }
            yield return item;
        }
    }

    private static ArticleRecord? Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SiftJsonContext.Default.ArticleRecord);
        }
        catch (JsonException e)
        {
            throw new InputException(source, $"malformed JSON ({Describe(e)})");
        }
    }

    private static IntakeItem ToItem(ArticleRecord? record, string source)
    {
        if (record is null)
            return IntakeItem.Failed(source, new InputException(source, "is not an article record (expected a JSON object)"));
        if (record.Text is null || PlainTextReader.IsBlank(record.Text))
            return IntakeItem.Failed(source, new InputException(source, "article record has no \"text\""));
        var warnings = new List<string>();
        var published = Dates.TryParse(record.Published);
        if (record.Published is not null && published is null)
            warnings.Add($"{source}: could not read the date \"{record.Published}\"");
        var article = new Article
        {
            Text = record.Text,
            Source = source,
            Metadata = new ArticleMetadata
            {
                Title = record.Title,
                Url = record.Url,
                Site = record.Site,
                Published = published,
                Language = record.Language,
                Byline = record.Byline ?? record.Author,
            },
            Warnings = warnings,
        };
        return new IntakeItem(source, article, null);
    }

    private static string Describe(JsonException e) =>
        e.LineNumber is { } line ? $"{FirstSentence(e.Message)} at line {line + 1}, column {e.BytePositionInLine + 1}" : FirstSentence(e.Message);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
