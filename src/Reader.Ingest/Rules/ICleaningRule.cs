using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>One cleaning step: marks lines of the document removed, and may record metadata it finds in them.</summary>
public interface ICleaningRule
{
    /// <summary>The name reports show for lines this rule removed.</summary>
    string Name { get; }

    /// <summary>
    /// The rule removes only what it recognises for certain (a phrase from a data file: a cookie button, a "Save to
    /// Kindle" dialog) or takes into the front matter (a title, a byline), so the block classifier never keeps its lines.
    /// </summary>
    bool IsCertain => false;

    void Apply(TextDocument document);
}
