using Reader.Content;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Takes a bio paragraph under the article ("Oliver Grant is a staff writer covering technology.", "Isabel Moreno writes
/// about science and the sea.") into metadata: a short paragraph after the body that opens with the full name of an
/// author the byline named, followed by a verb. No long paragraph may follow it: a bio closes the article.
/// </summary>
public sealed class ExtractAuthorBio : ICleaningRule
{
    private const int MaxBioLength = 400;

    public string Name => nameof(ExtractAuthorBio);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        var firstProse = document.FirstProseIndex();
        var authors = document.Metadata.Authors.Select(a => a.Name).ToList();
        if (firstProse < 0 || authors.Count == 0)
        {
            return;
        }

        var blocks = document.Blocks().Where(b => b.Start > firstProse).ToList();
        for (var b = 0; b < blocks.Count; b++)
        {
            var text = blocks[b].Text;
            var author = authors.FirstOrDefault(a => OpensWith(text, a));
            if (author is null || text.Length > MaxBioLength || blocks.Skip(b + 1).Any(x => x.IsProse && x.Text.Length > MaxBioLength))
            {
                continue;
            }

            document.Metadata.AddAuthor(author, AuthorRole.Author, bio: text);
            document.Remove(blocks[b], Name);
        }
    }

    // "Name is …", "Name writes …", "Name, a historian, …": the name is the sentence's subject.
    private static bool OpensWith(string text, string name) =>
        LineShape.WordCount(name) >= 2 && text.StartsWith(name, StringComparison.Ordinal)
        && text.Length > name.Length + 2 && (text[name.Length] == ',' || (text[name.Length] == ' ' && char.IsLower(text[name.Length + 1])));
}
