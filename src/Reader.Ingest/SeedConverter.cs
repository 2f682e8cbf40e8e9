using Reader.Content;
using Reader.Ingest.Themes;

namespace Reader.Ingest;

/// <summary>Cleans one seed and assigns its themes: everything ingest writes for an article, without writing it.</summary>
public sealed class SeedConverter(Cleaner cleaner, ThemeClassifier classifier)
{
    public ThemeClassifier Classifier => classifier;

    public ConvertedSeed Convert(SeedPage page)
    {
        var warnings = new List<string>();
        var cleaned = UnsafeCharacterFilter.Apply(cleaner.Clean(page), warnings);
        var matter = cleaned.FrontMatter;
        var scores = classifier.Score(matter.Title, cleaned.Body);
        warnings.InsertRange(0, cleaned.Report.Warnings);
        if (cleaned.IsArticle && classifier.Themes.Count > 0 && !scores.Any(s => s.Assigned))
        {
            warnings.Add("no theme reached the threshold; add themes by hand or keywords to input/themes/");
        }

        matter = matter with
        {
            // The cleaner says so when the page states no title and it made one from the text (both the text and the
            // HTML path word it so): the front matter records it, for a maintainer to acknowledge (check warns until then).
            TitleDerived = warnings.Any(w => w.StartsWith("the page states no title", StringComparison.Ordinal)) ? DerivedTitle.Unreviewed : DerivedTitle.No,
            Themes = [.. scores.Where(s => s.Assigned).Select(s => s.Slug)],
            Source = page.Source,
            SourceSha256 = page.Sha256,

            // The site builds from input/ alone: what the report says cleaning removed goes with the article. No
            // capture date is written: a seed's file time is lost by every clone, and a date must be stated.
            RemovedLines = [.. cleaned.Report.Removals.Select(r => new CleaningRemoval(r.Rule, r.Lines))],
        };
        return new ConvertedSeed(page, matter, cleaned.Body, cleaned.Report with { Warnings = warnings }, scores, cleaned.AuthorBios, cleaned.Kind, cleaned.NotArticleReason);
    }
}
