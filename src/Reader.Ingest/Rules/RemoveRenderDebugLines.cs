using System.Text.RegularExpressions;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>Removes page-render diagnostics some platforms print into the page ("Hostname: … Render date: …").</summary>
public sealed partial class RemoveRenderDebugLines : ICleaningRule
{
    public string Name => nameof(RemoveRenderDebugLines);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        foreach (var i in document.KeptIndexes())
        {
            if (DebugKey().IsMatch(document.Lines[i].Content))
            {
                document.Lines[i].Remove(Name);
            }
        }
    }

    [GeneratedRegex(@"^(?:Hostname|Render date|Total loading time|Has data issue|Page generated|Generated in|Request ID|Trace ID|Served by)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DebugKey();
}
