using Sift.Intake;

namespace Sift.Learning;

/// <summary>
/// The header every Sift model file starts with: magic, format version, the model's kind and the
/// fingerprint of the feature set it was trained with. A file whose header does not match what the
/// loading code extracts is refused, never silently misread.
/// </summary>
public static class ModelFile
{
    private static ReadOnlySpan<byte> Magic => "SIFTMODL"u8;

    public const int FormatVersion = 1;

    public static void WriteHeader(BinaryWriter writer, string kind, ulong featureSet)
    {
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(kind);
        writer.Write(featureSet);
    }

    public static void ReadHeader(BinaryReader reader, string path, string kind, ulong featureSet)
    {
        Span<byte> magic = stackalloc byte[8];
        if (reader.Read(magic) != 8 || !magic.SequenceEqual(Magic))
            throw new InputException(path, "not a Sift model file");
        var version = reader.ReadInt32();
        if (version != FormatVersion)
            throw new InputException(path, $"model format {version}, this Sift reads format {FormatVersion}");
        var fileKind = reader.ReadString();
        if (fileKind != kind)
            throw new InputException(path, $"a '{fileKind}' model, expected '{kind}'");
        var fileFeatures = reader.ReadUInt64();
        if (fileFeatures != featureSet)
            throw new InputException(path, "trained with a different feature set; retrain it with 'sift train'");
    }
}
