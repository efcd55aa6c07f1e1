using System.IO.Compression;
using System.Text;
using Sift.Intake.Html;

namespace Sift.Intake;

public sealed record IntakeOptions
{
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>Largest article accepted, in bytes (a JSONL file may be larger: the limit is per record).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}

/// <summary>
/// Reads whatever the user names: a file (text, HTML, article JSON, JSONL, any of them gzipped),
/// a folder of such files, or standard input ("-"). Yields articles lazily, in input order.
/// </summary>
public static class InputReader
{
    private static readonly string[] TextExtensions = [".txt", ".text", ".md"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    public static IEnumerable<IntakeItem> Read(string input, IntakeOptions options, Func<Stream>? standardInput = null)
    {
        if (input == "-")
            return ReadStream((standardInput ?? Console.OpenStandardInput)(), "-", "", options);
        if (Directory.Exists(input))
            return ReadFolder(input, options);
        if (!File.Exists(input))
            return [IntakeItem.Failed(input, new InputException(input, "no such file or directory"))];
        return ReadFile(input, options);
    }

    private static IEnumerable<IntakeItem> ReadFolder(string folder, IntakeOptions options)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => IsArticleFile(f) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            return [IntakeItem.Failed(folder, new InputException(folder, "folder holds no article files (.txt, .html, .json, .jsonl)"))];
        return files.SelectMany(f => ReadFile(f, options));
    }

    private static bool IsArticleFile(string path)
    {
        var ext = InnerExtension(path);
        return TextExtensions.Contains(ext) || HtmlExtensions.Contains(ext) || JsonLinesExtensions.Contains(ext) || ext == ".json";
    }

    /// <summary>"a.html.gz" → ".html".</summary>
    private static string InnerExtension(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
            name = name[..^3];
        return Path.GetExtension(name);
    }

    private static IEnumerable<IntakeItem> ReadFile(string path, IntakeOptions options)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IntakeItem.Failed(path, new InputException(path, $"cannot be read ({e.Message})"))];
        }
        return ReadStream(stream, path, InnerExtension(path), options);
    }

    private static IEnumerable<IntakeItem> ReadStream(Stream stream, string source, string extension, IntakeOptions options)
    {
        using (stream)
        {
            var input = source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || StartsWithGzipMagic(stream)
                ? new GZipStream(stream, CompressionMode.Decompress) : stream;
            if (JsonLinesExtensions.Contains(extension))
            {
                using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                foreach (var item in ArticleRecordReader.ReadJsonLines(reader, source, options.MaxBytes))
                    yield return item;
                yield break;
            }
            IReadOnlyList<IntakeItem> items;
            try
            {
                items = ReadWhole(input, source, extension, options);
            }
            catch (InputException e)
            {
                items = [IntakeItem.Failed(source, e)];
            }
            catch (InvalidDataException)
            {
                items = [IntakeItem.Failed(source, new InputException(source, "is not a valid gzip file"))];
            }
            foreach (var item in items)
                yield return item;
        }
    }

    private static IReadOnlyList<IntakeItem> ReadWhole(Stream input, string source, string extension, IntakeOptions options)
    {
        var bytes = ReadBounded(input, source, options.MaxBytes);
        if (bytes.Length == 0)
            throw new InputException(source, "is empty");
        var warnings = new List<string>();
        var text = TextDecoder.Decode(bytes, source, warnings);
        if (PlainTextReader.IsBlank(text))
            throw new InputException(source, "is empty (only whitespace)");

        var kind = extension switch
        {
            ".json" => InputKind.Json,
            _ when HtmlExtensions.Contains(extension) => InputKind.Html,
            _ when TextExtensions.Contains(extension) => LooksLikeHtml(text) ? InputKind.Html : InputKind.Text,
            "" => Sniff(text),
            _ => throw new InputException(source, $"unsupported format '{extension}' (Sift reads .txt, .html, .json and .jsonl, or - for standard input)"),
        };
        return kind switch
        {
            InputKind.Json => ArticleRecordReader.ReadJson(text, source).ToList(),
            InputKind.JsonLines => ArticleRecordReader.ReadJsonLines(new StringReader(text), source, options.MaxBytes).ToList(),
            InputKind.Html => [new IntakeItem(source, HtmlArticleReader.Read(text, source) with { Warnings = warnings }, null)],
            _ => [new IntakeItem(source, PlainTextReader.Read(text, source, warnings), null)],
        };
    }

    private enum InputKind { Text, Html, Json, JsonLines }

    /// <summary>Standard input and extension-less files: JSON if it opens like JSON, HTML if it opens like a page.</summary>
    private static InputKind Sniff(string text)
    {
        var head = text.AsSpan().TrimStart();
        if (head.StartsWith("{"))
        {
            var firstLineEnd = head.IndexOf('\n');
            var rest = firstLineEnd < 0 ? [] : head[firstLineEnd..].TrimStart();
            return rest.StartsWith("{") ? InputKind.JsonLines : InputKind.Json;
        }
        if (head.StartsWith("["))
            return InputKind.Json;
        return LooksLikeHtml(text) ? InputKind.Html : InputKind.Text;
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    private static byte[] ReadBounded(Stream input, string source, long maxBytes)
    {
        if (input.CanSeek && input.Length > maxBytes)
            throw new InputException(source, $"is {Sizes.Describe(input.Length)}, over the {Sizes.Describe(maxBytes)} limit (--max-size)");
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
                throw new InputException(source, $"is over the {Sizes.Describe(maxBytes)} limit (--max-size)");
        }
        return buffer.ToArray();
    }

    /// <summary>Peeks for the gzip magic bytes on seekable streams, so "page.html" that is really gzipped still reads.</summary>
    private static bool StartsWithGzipMagic(Stream stream)
    {
        if (!stream.CanSeek || stream.Length < 2)
            return false;
        Span<byte> magic = stackalloc byte[2];
        var n = stream.Read(magic);
        stream.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }
}
