using System.CommandLine;

namespace Sift.Cli;

internal static class EvalCommand
{
    public static Command Create() => new("eval", "Score Sift (or another system's output) with each benchmark's official metric");
}
