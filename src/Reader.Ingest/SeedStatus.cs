namespace Reader.Ingest;

/// <summary>What ingest did with one seed.</summary>
public enum SeedStatus
{
    /// <summary>A new article file was written.</summary>
    Created,

    /// <summary>The article exists and its seed has not changed: nothing was written.</summary>
    Unchanged,

    /// <summary>The seed changed since its article was written: the new version went to <c>.md.incoming</c>.</summary>
    Incoming,

    /// <summary>The article was rewritten on purpose (<c>--force</c>).</summary>
    Regenerated,

    /// <summary>The seed could not be read; see the diagnostics.</summary>
    Failed,

    /// <summary>The page is not an article (a listing, an error page, no prose): nothing was written.</summary>
    Skipped,
}
