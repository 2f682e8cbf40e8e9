using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>One cleaning step: marks lines of the document removed, and may record metadata it finds in them.</summary>
public interface ICleaningRule
{
    /// <summary>The name reports show for lines this rule removed.</summary>
    string Name { get; }

    void Apply(TextDocument document);
}
