using System.Text;

namespace Sift.Intake;

/// <summary>
/// Turns the bytes of an input into text: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM, and
/// Windows-1252 for bytes that are not valid UTF-8 (with a warning). Refuses binary content.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<System.Text.Encoding> Windows1252 = new(() =>
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(1252);
    });

    public static string Decode(ReadOnlySpan<byte> bytes, string input, List<string> warnings)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], input, warnings);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return DecodeMarked(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32", bytes[4..], input);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return DecodeMarked(new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32", bytes[4..], input);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeMarked(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16", bytes[2..], input);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeMarked(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16", bytes[2..], input);
        RejectBinary(bytes, input);
        return DecodeUtf8(bytes, input, warnings);
    }

    /// <summary>Text whose byte-order mark names its encoding: it must be that encoding, whole characters and no NUL.</summary>
    private static string DecodeMarked(System.Text.Encoding encoding, string name, ReadOnlySpan<byte> bytes, string input)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(input, $"wrong encoding: its byte-order mark says {name}, but the bytes after it are not valid {name}");
        }
        if (text.Contains('\0'))
            throw new InputException(input, $"binary input (NUL characters in its {name} text), not text");
        return text;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string input, List<string> warnings)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warnings.Add($"{input}: not valid UTF-8; read as Windows-1252");
            return Windows1252.Value.GetString(bytes);
        }
    }

    /// <summary>Known binary formats by their first bytes, then NUL bytes or many control characters.</summary>
    private static void RejectBinary(ReadOnlySpan<byte> bytes, string input)
    {
        var kind = SniffBinaryFormat(bytes);
        if (kind is not null)
            throw new InputException(input, $"unsupported format: {kind} (Sift reads text, HTML, article JSON and JSONL)");
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
                throw new InputException(input, "binary input (contains NUL bytes), not text");
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
                controls++;
        }
        if (controls * 10 > sample.Length)
            throw new InputException(input, "binary input (mostly control characters), not text");
    }

    internal static string? SniffBinaryFormat(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "PDF document",
        [0x50, 0x4B, 0x03, 0x04, ..] => "ZIP archive (DOCX, EPUB, …)",
        [0x89, 0x50, 0x4E, 0x47, ..] => "PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "GIF image",
        [0x7F, 0x45, 0x4C, 0x46, ..] => "executable (ELF)",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "Microsoft Office document",
        _ => null,
    };
}
