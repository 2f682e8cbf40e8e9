using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes the filing, credit and post-navigation lines under the body ("Posted in Arctic Tagged diplomacy",
/// "Previous post: …", "Reporting by …; Editing by …"): short lines after the last paragraph that open with a
/// phrase of <c>post-meta-prefixes.txt</c>.
/// </summary>
public sealed class RemovePostMetaLines : ICleaningRule
{
    private const int MaxLength = 200;

    public string Name => nameof(RemovePostMetaLines);

    public void Apply(TextDocument document)
    {
        foreach (var i in document.KeptIndexes(document.LastProseIndex() + 1))
        {
            var content = document.Lines[i].Content;
            if (content.Length <= MaxLength && (Phrases.PostMetaPrefixes.Prefixes(content) || Phrases.PostMetaPrefixes.Matches(content)))
            {
                document.Lines[i].Remove(Name);
            }
        }
    }
}
