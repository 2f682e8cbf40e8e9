using Reader.Ingest.Data;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes short paragraphs that carry known site chrome: access and log-in prompts, newsletter
/// sign-ups, contact widgets and platform disclaimers.
/// </summary>
public sealed class RemoveBoilerplateParagraphs : ICleaningRule
{
    // Long paragraphs are article text even when they happen to quote one of the phrases.
    private const int MaxLength = 700;

    public string Name => nameof(RemoveBoilerplateParagraphs);

    public void Apply(TextDocument document)
    {
        foreach (var block in document.Blocks())
        {
            if (block.Text.Length <= MaxLength && Phrases.BoilerplateParagraphs.FindIn(block.Text) is not null)
            {
                document.Remove(block, Name);
            }
        }
    }
}
