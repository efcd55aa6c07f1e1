namespace Sift;

/// <summary>
/// Finds the shared data folder (benchmarks, lexicons, source lists) that lives beside the project
/// and is never committed: $SIFT_DATA if set, else the first "shared/data" found walking up from
/// the working directory or from the program's own folder.
/// </summary>
public static class DataLocator
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? DataRoot => Root.Value;

    /// <summary>The path of <paramref name="relative"/> under the data root, or null when there is no data root.</summary>
    public static string? Find(string relative) => DataRoot is { } root ? Path.Combine(root, relative) : null;

    /// <summary>Like <see cref="Find"/>, but says what to do when the data folder is missing.</summary>
    public static string Require(string relative) =>
        Find(relative) ?? throw new Intake.InputException(relative,
            "the shared data folder was not found; set SIFT_DATA to the folder that holds it (…/shared/data)");

    private static string? FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SIFT_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnv))
            return Path.GetFullPath(fromEnv);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
