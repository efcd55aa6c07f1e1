namespace Sift.Cli;

/// <summary>A command line that parses but asks for something that cannot be done; exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
