using Sift.Model;

namespace Sift.Intake;

/// <summary>One article read from an input, or the reason it could not be read.</summary>
public readonly record struct IntakeItem(string Source, Article? Article, InputException? Error)
{
    public static IntakeItem Failed(string source, InputException error) => new(source, null, error);
}

internal static class Sizes
{
    public static string Describe(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
