namespace Reader.Ingest.Tests.Evaluation;

/// <summary>A test on the real-page development set: skipped, saying why, where the set or its tools are absent.</summary>
public sealed class RealPagesFactAttribute : FactAttribute
{
    public RealPagesFactAttribute()
    {
        if (RealPages.MissingReason is { } reason)
        {
            Skip = "Real-page test skipped: " + reason;
        }
    }
}
