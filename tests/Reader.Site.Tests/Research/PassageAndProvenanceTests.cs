using Reader.Site.Tests.Support;
using Reader.Site.Text;

namespace Reader.Site.Tests.Research;

public sealed class PassageAndProvenanceTests
{
    private const string Article = """
        -- input/articles/a.md --
        ---
        title: A
        publisher: Sasakawa Peace Foundation
        source: seeds/000_a.txt
        source_url: https://www.spf.org/en/a.html
        source_sha256: 1417906ca24e00cf4e06ef80240f0140e9930a6fbb96fbad9229bfe98cc5198d
        captured: 2024-07-10
        removed_lines:
          RemoveWidgetLines: 6
          RemoveNavigationMenus: 67
          ExtractTitle: 2
        ---
        The first paragraph.

        The second paragraph.

        The first paragraph.

        - A list item in a tight list
        - Another item
        """;

    [Fact]
    public void Many_equal_paragraphs_are_numbered_in_order_each_once()
    {
        var body = string.Join("\n\n", Enumerable.Repeat("Read more.", 3000)) + "\n\nThe end.";
        var document = Markdig.Markdown.Parse(body);
        var ids = PassageAnchors.Apply(document).Select(p => p.Id).ToList();

        var first = PassageAnchors.IdOf("Read more.");
        Assert.Equal(3001, ids.Distinct().Count());
        Assert.Equal([first, first + "-2", first + "-3"], ids.Take(3));
        Assert.Equal(first + "-3000", ids[2999]);
        Assert.Equal(PassageAnchors.IdOf("The end."), ids[3000]);
    }

    [Fact]
    public void Every_paragraph_has_an_id_from_its_own_text_and_a_link_to_itself()
    {
        using var site = MiniSite.Build(Article);
        Assert.Empty(site.Errors);

        var prose = site.Html("articles/a/index.html").QuerySelector(".prose")!;
        var first = PassageAnchors.IdOf("The first paragraph.");
        Assert.Equal([first, PassageAnchors.IdOf("The second paragraph."), first + "-2"], prose.QuerySelectorAll("p[id]").Select(p => p.Id));
        var link = prose.QuerySelector($"#{first} a.passage-link")!;
        Assert.Equal("#" + first, link.GetAttribute("href"));
        Assert.Equal("Link to this paragraph", link.GetAttribute("aria-label"));

        // A tight list writes no <p>: the item carries the id, and keeps it through the sanitiser.
        var item = prose.QuerySelector("li#" + PassageAnchors.IdOf("A list item in a tight list"))!;
        Assert.NotNull(item.QuerySelector("a.passage-link"));
    }

    [Fact]
    public void An_edit_elsewhere_leaves_a_paragraphs_id_as_it_was()
    {
        using var before = MiniSite.Build(Article);
        using var after = MiniSite.Build(Article.Replace("The second paragraph.", "A rewritten second paragraph, twice as long as before.", StringComparison.Ordinal));

        var id = PassageAnchors.IdOf("The first paragraph.");
        Assert.NotNull(before.Html("articles/a/index.html").GetElementById(id));
        Assert.NotNull(after.Html("articles/a/index.html").GetElementById(id));
        Assert.Null(after.Html("articles/a/index.html").GetElementById(PassageAnchors.IdOf("The second paragraph.")));
    }

    [Fact]
    public void The_provenance_panel_shows_the_original_capture_seed_and_what_cleaning_removed()
    {
        using var site = MiniSite.Build(Article);

        var panel = site.Html("articles/a/index.html").QuerySelector("#provenance")!;
        var text = panel.TextContent;
        Assert.Equal("https://www.spf.org/en/a.html", panel.QuerySelector("dd a")!.GetAttribute("href"));
        Assert.Contains("Sasakawa Peace Foundation", text);
        Assert.DoesNotContain("Host", text); // spf.org is the publisher's own site
        Assert.Equal("2024-07-10", panel.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("1417906ca24e00cf4e06ef80240f0140e9930a6fbb96fbad9229bfe98cc5198d", text);
        Assert.Contains("Cleaning removed 73 lines of the seed by 2 rules, and took 2 lines into the metadata.", text);
        Assert.Contains("RemoveNavigationMenus: 67 lines", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
        Assert.Contains("Undated: the source states no date, and none was guessed.", text);
        Assert.Contains("No author: the source credits nobody.", text);
    }

    [Fact]
    public void Marks_a_title_the_editors_supplied_and_names_a_host_that_is_not_the_publisher()
    {
        using var site = MiniSite.Build("""
            -- input/articles/b.md --
            ---
            title: Derived
            title_derived: reviewed
            publisher: Valdai Discussion Club
            source_url: https://www.tokyofoundation.org/research/b
            ---
            Text.
            """);

        var text = site.Html("articles/b/index.html").QuerySelector("#provenance")!.TextContent;
        Assert.Contains("Title supplied by the editors: the page states none.", text);
        Assert.Contains("tokyofoundation.org", text);
        Assert.True(Reader.Site.Views.Provenance.SamePublisher("spf.org", "Sasakawa Peace Foundation"));
        Assert.False(Reader.Site.Views.Provenance.SamePublisher("tokyofoundation.org", "Valdai Discussion Club"));
    }
}
