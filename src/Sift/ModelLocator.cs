namespace Sift;

/// <summary>
/// Finds the committed models folder: $SIFT_MODELS if set, else the first "models" folder holding
/// MODELS.md found walking up from the working directory or from the program's own folder.
/// </summary>
public static class ModelLocator
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? ModelsRoot => Root.Value;

    /// <summary>The path of <paramref name="relative"/> under the models folder; says what to do when there is none.</summary>
    public static string Require(string relative) =>
        ModelsRoot is { } root ? Path.Combine(root, relative) : throw new Intake.InputException(relative,
            "the models folder was not found; run from the project or set SIFT_MODELS to its models/ folder");

    private static string? FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SIFT_MODELS");
        if (!string.IsNullOrWhiteSpace(fromEnv))
            return Path.GetFullPath(fromEnv);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models");
                if (File.Exists(Path.Combine(candidate, "MODELS.md")))
                    return candidate;
            }
        }
        return null;
    }
}
