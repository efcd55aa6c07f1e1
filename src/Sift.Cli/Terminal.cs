using Spectre.Console;

namespace Sift.Cli;

/// <summary>Where progress may be drawn: only on an interactive terminal, never in pipes or CI.</summary>
internal static class Terminal
{
    public static bool ShowsProgress =>
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public static IAnsiConsole Stderr { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>
    /// Runs <paramref name="work"/> with a progress callback; on a terminal it draws a bar with the
    /// rate and the time left, elsewhere the callback does nothing.
    /// </summary>
    public static void WithProgress(string what, int total, Action<Action> work)
    {
        if (!ShowsProgress || total <= 1)
        {
            work(() => { });
            return;
        }
        Stderr.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(what, maxValue: total);
                var started = System.Diagnostics.Stopwatch.StartNew();
                work(() =>
                {
                    task.Increment(1);
                    var rate = task.Value / Math.Max(started.Elapsed.TotalSeconds, 1e-3);
                    task.Description = $"{what} {task.Value:0}/{total} ({rate:0.0}/s)";
                });
            });
    }

    /// <summary>Runs short work (seconds) with a spinner on a terminal; silent elsewhere.</summary>
    public static T WithStatus<T>(string what, Func<T> work) =>
        ShowsProgress ? Stderr.Status().Start(what, _ => work()) : work();
}
