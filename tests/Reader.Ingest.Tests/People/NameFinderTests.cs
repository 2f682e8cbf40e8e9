using Reader.Ingest.People;

namespace Reader.Ingest.Tests.People;

public sealed class NameFinderTests
{
    private static readonly NameFinder Finder = new(NameWords.Default);

    private static List<string> Names(string text) => [.. Finder.Find(text).Select(n => n.Name)];

    [Fact]
    public void Cuts_a_run_of_capitals_after_its_last_title_word()
    {
        Assert.Equal(["Vladimir Putin"], Names("Then Russian President Vladimir Putin went to Nagato."));
    }

    [Fact]
    public void Takes_a_single_word_only_after_a_title()
    {
        Assert.Equal(["Putin"], Names("The talks with President Putin stalled."));
        Assert.Empty(Names("Putin stalled."));
    }

    [Fact]
    public void Leaves_places_bodies_and_events_alone()
    {
        Assert.Empty(Names("The Tokyo Foundation studied the Northern Territories after the Cold War."));
    }

    [Fact]
    public void A_full_stop_or_a_possessive_ends_a_name()
    {
        Assert.Equal(["Shinzo Abe"], Names("He met Shinzo Abe. Moscow Times reported it."));
        Assert.Equal(["Shinzo Abe"], Names("Shinzo Abe’s Cabinet fell."));
    }

    [Fact]
    public void Reads_cyrillic_names_after_a_title_and_joins_their_case_forms()
    {
        var found = Finder.Find("Встреча с президентом Путиным. Позиция президента Путина ясна.");
        Assert.Equal(["Путиным", "Путина"], found.Select(f => f.Name));
        Assert.Single(found.Select(f => f.Key).Distinct());
        Assert.All(found, f => Assert.Equal("after a title", f.Evidence));
    }

    [Fact]
    public void Ignores_link_targets_and_markup()
    {
        Assert.Equal(["Taro Kono"], Names("**Foreign Minister** [Taro Kono](https://example.org/Some-Page) said so."));
    }

    [Fact]
    public void The_word_lists_are_data()
    {
        var words = NameWords.Parse("# comment\n[titles]\nHetman, ataman\n[not-names]\nSich\n");
        var finder = new NameFinder(words);
        Assert.Equal(["Mazepa"], finder.Find("Hetman Mazepa wrote to the Zaporozhian Sich Council.").Select(f => f.Name));
        Assert.Contains("president", NameWords.Default.Titles);
        Assert.Contains("foundation", NameWords.Default.NotNames);
    }
}
