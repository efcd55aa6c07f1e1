using System.CommandLine;
using Sift.Cli;
using Sift.Intake;

var root = new RootCommand("Sift: who, what, when, where, how it is framed, and where it came from, for news articles.")
{
    AnalyzeCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"sift: {error.Message}");
    Console.Error.WriteLine("Run 'sift --help' for usage.");
    return ExitCodes.Usage;
}
try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (InputException e)
{
    Console.Error.WriteLine($"sift: {e.Message}");
    return ExitCodes.InputError;
}
catch (UsageException e)
{
    Console.Error.WriteLine($"sift: {e.Message}");
    return ExitCodes.Usage;
}
