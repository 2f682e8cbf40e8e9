namespace Reader.Cli;

/// <summary>What <c>reader</c> exits with: scripts and CI depend on these.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    /// <summary>Another reader process is writing the same project.</summary>
    public const int Busy = 3;
}
