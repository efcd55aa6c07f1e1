namespace Sift.Tests;

internal static class TestData
{
    /// <summary>The repository root (the folder holding Sift.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(RepoRoot, "samples", name);

    public static string ReferenceText { get; } = File.ReadAllText(Sample("assad-astana.txt"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sift.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Sift.sln not found above the test folder");
    }
}
