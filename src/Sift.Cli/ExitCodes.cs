namespace Sift.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 2;
    public const int InputError = 3;
    public const int SomeFailed = 4;
}
