using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Removes what is left above the title: section labels, language switchers, logos' alt texts. Without a
/// title only bullets and short labels above the first paragraph go, since text there may be the article's.
/// </summary>
public sealed class RemoveHeaderBeforeTitle : ICleaningRule
{
    private const int LabelWords = 4;

    public string Name => nameof(RemoveHeaderBeforeTitle);

    public void Apply(TextDocument document)
    {
        if (document.TitleIndex >= 0)
        {
            document.Remove(0, document.TitleIndex - 1, Name);
            return;
        }

        var firstProse = document.FirstProseIndex();
        if (firstProse < 0)
        {
            return;
        }

        foreach (var i in document.KeptIndexes(0, firstProse - 1))
        {
            var line = document.Lines[i];
            if (line.IsBullet || LineShape.IsShortLabel(line.Content, LabelWords))
            {
                line.Remove(Name);
            }
        }
    }
}
