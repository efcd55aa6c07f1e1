using System.Text;
using Sift.Intake;
using Sift.Model;

namespace Sift.Tests.Intake;

public sealed class InputReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();


    private static IntakeItem Single(string path, IntakeOptions? options = null) =>
        Assert.Single(InputReader.Read(path, options ?? new IntakeOptions()).ToList());

    private static string ErrorOf(string path, IntakeOptions? options = null) =>
        Single(path, options).Error?.Problem ?? throw new Xunit.Sdk.XunitException("expected an input error");

    [Fact]
    public void Utf8_with_and_without_bom_read_alike()
    {
        var body = "Headline\nThe terrorists’ plot has failed.\n";
        var plain = Single(_temp.Write("a.txt", System.Text.Encoding.UTF8.GetBytes(body))).Article!;
        var bom = Single(_temp.Write("b.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(body)])).Article!;
        Assert.Equal(body, plain.Text);
        Assert.Equal(body, bom.Text);
        Assert.Empty(bom.Warnings);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        var body = "Headline\nAssad’s remarks in Damascus.\n";
        var le = Single(_temp.Write("le.txt", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(body)])).Article!;
        var be = Single(_temp.Write("be.txt", [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes(body)])).Article!;
        Assert.Equal(body, le.Text);
        Assert.Equal(body, be.Text);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_with_a_warning()
    {
        // 0x92 is the right single quotation mark in Windows-1252 and invalid on its own in UTF-8.
        var item = Single(_temp.Write("cp1252.txt", [.. "Headline\nThe terrorists"u8, 0x92, .. " plot failed.\n"u8]));
        Assert.Equal("Headline\nThe terrorists’ plot failed.\n", item.Article!.Text);
        Assert.Contains(item.Article.Warnings, w => w.Contains("Windows-1252"));
    }

    [Fact]
    public void A_byte_order_mark_names_the_encoding_and_the_bytes_must_be_it()
    {
        var utf16 = Single(_temp.Write("utf16.txt", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("Headline\nThe plot failed.\n")]));
        Assert.Equal("Headline\nThe plot failed.\n", utf16.Article!.Text);
        var utf32 = Single(_temp.Write("utf32.txt", [0x00, 0x00, 0xFE, 0xFF, .. new System.Text.UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes("Headline\nThe plot failed.\n")]));
        Assert.Equal("Headline\nThe plot failed.\n", utf32.Article!.Text);
        // A UTF-32 mark before bytes that are no whole UTF-32 characters, and a UTF-16 text with a lone surrogate.
        Assert.Contains("wrong encoding", ErrorOf(_temp.Write("bad32.txt", [0xFF, 0xFE, 0x00, 0x00, .. "garbage"u8])));
        Assert.Contains("not valid UTF-16", ErrorOf(_temp.Write("bad16.txt", [0xFF, 0xFE, 0x48, 0x00, 0x00, 0xD8, 0x20, 0x00])));
    }

    [Fact]
    public void Bad_inputs_name_their_problem()
    {
        Assert.Equal("no such file or directory", ErrorOf(_temp["missing.txt"]));
        Assert.Equal("is empty", ErrorOf(_temp.Write("empty.txt", [])));
        Assert.Contains("only whitespace", ErrorOf(_temp.Write("blank.txt", "  \n\n\t "u8.ToArray())));
        Assert.Contains("binary input", ErrorOf(_temp.Write("nul.txt", [0x41, 0x00, 0x42, 0x43])));
        Assert.Contains("PDF document", ErrorOf(_temp.Write("doc.txt", "%PDF-1.7\n"u8.ToArray())));
        Assert.Contains("unsupported format '.docx'", ErrorOf(_temp.Write("doc.docx", "hello"u8.ToArray())));
        Assert.Contains("over the 1 KB limit", ErrorOf(_temp.Write("big.txt", System.Text.Encoding.UTF8.GetBytes(new string('a', 2048))), new IntakeOptions { MaxBytes = 1024 }));
        Assert.Contains("no article files", ErrorOf(Directory.CreateDirectory(_temp["nothing"]).FullName));
    }

    [Fact]
    public void Article_json_record_carries_its_metadata()
    {
        var article = Single(TestData.Sample("assad-astana.json")).Article!;
        Assert.Equal("cameroonintelligencereport.com", article.Metadata.Site);
        Assert.Equal(new DateOnly(2017, 8, 30), article.Metadata.Published);
        Assert.Equal("en", article.Metadata.Language);
        Assert.StartsWith("Syria’s Assad says", article.Metadata.Title);
        Assert.StartsWith("Syrian President Bashar al-Assad", article.Text);
        Assert.Null(article.TitleSpan);
    }

    [Fact]
    public void Jsonl_reports_a_malformed_line_by_number_and_reads_the_others()
    {
        var path = _temp.Write("batch.jsonl", System.Text.Encoding.UTF8.GetBytes(
            "{\"title\":\"One\",\"text\":\"First story.\"}\n{\"title\": \"Two\", \"text\": \n\n{\"text\":\"Third story.\",\"published\":\"2017-08-30T12:00:00Z\"}\n{\"title\":\"No text\"}\n"));
        var items = InputReader.Read(path, new IntakeOptions()).ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal("First story.", items[0].Article!.Text);
        Assert.Equal($"{path}:2", items[1].Error!.Input);
        Assert.Contains("malformed JSON", items[1].Error!.Problem);
        Assert.Equal(new DateOnly(2017, 8, 30), items[2].Article!.Metadata.Published);
        Assert.Equal($"{path}:5", items[3].Source);
        Assert.Contains("no \"text\"", items[3].Error!.Problem);
    }

    [Fact]
    public void A_folder_reads_its_article_files_in_name_order()
    {
        _temp.Write("f/b.txt", "Second\nBody two.\n"u8.ToArray());
        _temp.Write("f/a.txt", "First\nBody one.\n"u8.ToArray());
        _temp.Write("f/notes.bin", [0, 1, 2]);
        var items = InputReader.Read(_temp["f"], new IntakeOptions()).ToList();
        Assert.Equal(["First", "Second"], items.Select(i => i.Article!.Metadata.Title));
    }

    [Fact]
    public void Standard_input_is_sniffed_for_json()
    {
        var items = InputReader.Read("-", new IntakeOptions(), () => new MemoryStream("{\"text\":\"From stdin.\"}"u8.ToArray())).ToList();
        Assert.Equal("From stdin.", Assert.Single(items).Article!.Text);
        Assert.Equal("-", items[0].Source);
    }

    [Fact]
    public void Gzipped_files_are_read_through()
    {
        using var buffer = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gz.Write("Headline\nBody.\n"u8);
        var article = Single(_temp.Write("story.txt.gz", buffer.ToArray())).Article!;
        Assert.Equal("Headline", article.Metadata.Title);
    }

    [Theory]
    [InlineData("Syria’s Assad says terrorists’ plot has failed\nSyrian President…", "Syria’s Assad says terrorists’ plot has failed")]
    [InlineData("A first paragraph that is a full sentence.\nAnother one.", null)]
    [InlineData("Title with a period.\n\nBody sentence.", "Title with a period.")]
    [InlineData("Only one line", null)]
    public void Headline_is_the_first_line_when_it_looks_like_one(string text, string? headline)
    {
        var span = PlainTextReader.FindHeadline(text);
        Assert.Equal(headline, span is { } s ? text[s.Start..s.End] : null);
    }
}
