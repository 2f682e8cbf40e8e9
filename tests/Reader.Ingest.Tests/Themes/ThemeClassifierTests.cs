using Reader.Content;
using Reader.Ingest.Themes;

namespace Reader.Ingest.Tests.Themes;

public sealed class ThemeClassifierTests
{
    private static readonly ThemeClassifier Classifier = new(
    [
        ThemeDefinition.From("peace-treaty", new ThemeFrontMatter { Title = "Peace treaty", Keywords = ["peace treaty|3", "Northern Territories|4", "Курил*|3"] }),
        ThemeDefinition.From("covid-19", new ThemeFrontMatter { Title = "COVID-19", Keywords = ["COVID-19|4", "pandemic|3"] }),
    ]);

    [Fact]
    public void Assigns_a_theme_when_weighted_evidence_passes_the_threshold()
    {
        var themes = Classifier.Assign("Japan and Russia", "The peace treaty was not signed. The Northern Territories issue remains.");
        Assert.Equal(["peace-treaty"], themes);
    }

    [Fact]
    public void Does_not_assign_a_theme_from_a_single_passing_mention()
    {
        Assert.Empty(Classifier.Assign("Energy", "Trade grew despite the pandemic."));
    }

    [Fact]
    public void Counts_title_matches_more_than_body_matches()
    {
        var scores = Classifier.Score("Russian Foreign Policy and COVID-19", "The pandemic changed plans.");
        var covid = scores.Single(s => s.Slug == "covid-19");
        Assert.Equal((4 * 3) + 3, covid.Score);
        Assert.True(covid.Assigned);
    }

    [Fact]
    public void Caps_repetitions_so_one_word_cannot_carry_a_theme()
    {
        var body = string.Join(' ', Enumerable.Repeat("pandemic", 50));
        Assert.Equal(12, Classifier.Score("", body).Single(s => s.Slug == "covid-19").Score);
    }

    [Fact]
    public void Matches_inflected_words_by_prefix_and_whole_words_otherwise()
    {
        Assert.Equal(6, Classifier.Score("", "Курильские острова и Курилы").Single(s => s.Slug == "peace-treaty").Score);
        Assert.Equal(0, Classifier.Score("", "pandemics").Single(s => s.Slug == "covid-19").Score);
    }

    [Fact]
    public void Assigns_at_most_five_themes_the_strongest_first()
    {
        var themes = Enumerable.Range(1, 7)
            .Select(i => ThemeDefinition.From($"t{i}", new ThemeFrontMatter { Title = $"T{i}", Keywords = [$"word{i}|{i + 6}"] }))
            .ToList();
        var body = string.Join(' ', Enumerable.Range(1, 7).Select(i => $"word{i}"));

        Assert.Equal(["t7", "t6", "t5", "t4", "t3"], new ThemeClassifier(themes).Assign("", body));
    }

    [Fact]
    public void Parses_keyword_weights_and_defaults_to_one()
    {
        Assert.Equal(("Far East", 2), (ThemeKeyword.Parse("Far East|2").Phrase, ThemeKeyword.Parse("Far East|2").Weight));
        Assert.Equal(1, ThemeKeyword.Parse("oil").Weight);
        Assert.Matches(ThemeKeyword.Parse("Japan-Russia").Pattern, "Japan–Russia relations");
    }

    [Fact]
    public void A_theme_on_every_article_takes_none_of_the_five_places()
    {
        var scores = new[] { ("everywhere", 40), ("a", 30), ("b", 25), ("c", 20), ("d", 15), ("e", 11), ("weak", 3) }
            .Select(p => new ThemeScore(p.Item1, p.Item2, Assigned: false));

        var ranked = ThemeClassifier.Rank(scores, new HashSet<string>(StringComparer.Ordinal) { "everywhere" });

        Assert.Equal(["everywhere", "a", "b", "c", "d", "e"], ranked.Where(s => s.Assigned).Select(s => s.Slug));
    }
}
