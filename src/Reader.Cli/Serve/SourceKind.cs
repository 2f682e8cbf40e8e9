namespace Reader.Cli.Serve;

/// <summary>What a changed file is, which decides what a rebuild does.</summary>
public enum SourceKind
{
    /// <summary>A scraped page: ingest, then build.</summary>
    Seeds,

    /// <summary>Content: build, parsing only the changed files.</summary>
    Input,

    /// <summary>Templates or assets: reload them and render every page.</summary>
    Theme,

    /// <summary><c>statiq.json</c>: reload the settings and build everything.</summary>
    Settings,
}
