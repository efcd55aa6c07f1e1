namespace Sift.Intake;

/// <summary>A user's input that Sift cannot read: reported as one line naming the input and the problem.</summary>
public sealed class InputException(string input, string problem) : Exception($"{input}: {problem}")
{
    public string Input { get; } = input;
    public string Problem { get; } = problem;
}
