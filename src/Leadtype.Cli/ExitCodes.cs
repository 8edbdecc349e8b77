namespace Leadtype.Cli;

/// <summary>Exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run failed: error diagnostics, invalid config, lock timeout, missing index.</summary>
    public const int Failure = 1;

    /// <summary>Bad command line.</summary>
    public const int Usage = 2;
}
