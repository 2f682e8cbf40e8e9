using Reader.Content;
using Reader.Ingest.Metadata;
using Reader.Ingest.Text;

namespace Reader.Ingest.Rules;

/// <summary>
/// Takes the author box under an article (" • President (2012–2016) • Masahiro Akiyama • Masahiro Akiyama")
/// into metadata: a short bullet run below the body naming a person twice, or naming a known author.
/// The name is an author; the other entries are that author's bio.
/// </summary>
public sealed class ExtractAuthorBox : ICleaningRule
{
    private const int MaxEntries = 6;

    public string Name => nameof(ExtractAuthorBox);

    public bool IsCertain => true;

    public void Apply(TextDocument document)
    {
        var lastProse = document.LastProseIndex();
        foreach (var run in BulletRun.Find(document, lastProse + 1))
        {
            var items = run.Items(document);
            if (items.Count > MaxEntries)
            {
                continue;
            }

            var known = document.Metadata.Authors.Select(a => PersonName.Key(a.Name)).ToHashSet(StringComparer.Ordinal);
            var name = items.Where(AuthorNameParser.LooksLikePersonName)
                .GroupBy(PersonName.Key)
                .FirstOrDefault(g => g.Count() >= 2 || known.Contains(g.Key))?.First();
            if (name is null)
            {
                continue;
            }

            var bio = string.Join("; ", items.Where(t => PersonName.Key(t) != PersonName.Key(name)).Distinct(StringComparer.Ordinal));
            document.Metadata.AddAuthor(name, AuthorRole.Author, bio: bio.Length > 0 ? bio : null);
            foreach (var i in run.Indexes)
            {
                document.Lines[i].Remove(Name);
            }
        }
    }
}
