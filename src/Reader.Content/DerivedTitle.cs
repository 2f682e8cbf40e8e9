namespace Reader.Content;

/// <summary>Where an article's title comes from, as front matter records it in <c>title_derived</c>.</summary>
public enum DerivedTitle
{
    /// <summary>The page states it (no <c>title_derived</c> key, or <c>false</c>).</summary>
    No,

    /// <summary><c>title_derived: true</c>: ingest made it from the text; <c>check</c> warns until a maintainer acknowledges it.</summary>
    Unreviewed,

    /// <summary><c>title_derived: reviewed</c>: made from the text, and read and acknowledged by a maintainer.</summary>
    Reviewed,
}
