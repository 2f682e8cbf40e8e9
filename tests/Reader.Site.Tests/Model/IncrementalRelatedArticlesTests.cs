using Reader.Content;
using Reader.Site.Model;
using Reader.Site.Tests.Support;

namespace Reader.Site.Tests.Model;

/// <summary>
/// A ranking kept across builds redoes only what an edit can reach; whatever it skips must be exactly what
/// ranking from scratch would give, for edits that keep, add and remove words of one or many articles.
/// </summary>
public sealed class IncrementalRelatedArticlesTests
{
    // Enough articles over few enough words that many words have more articles than a champion list keeps.
    private const int ArticleCount = 600;
    private const int WordCount = 150;

    [Fact]
    public void After_each_edit_the_kept_ranking_equals_a_ranking_from_scratch()
    {
        using var folder = new TempFolder();
        var articles = Load(folder);
        var vocabulary = new Vocabulary();
        var random = new Random(11);
        var terms = articles.Select(_ => RandomTerms(random, vocabulary)).ToArray();
        var ranking = new RelatedArticles(5);
        ranking.Update(articles, terms, vocabulary);

        for (var round = 0; round < 30; round++)
        {
            var edited = random.Next(4) == 0 ? random.Next(2, 40) : 1;
            for (var e = 0; e < edited; e++)
            {
                var i = random.Next(ArticleCount);
                terms[i] = (round % 3) switch
                {
                    0 => [.. terms[i].Select(t => t with { Count = t.Count + random.Next(3) })],     // same words, other counts
                    1 => [.. terms[i], new TermCount(vocabulary.Id($"new{round}-{e}"), 2)],          // a word no other article has
                    _ => RandomTerms(random, vocabulary),                                            // words gained and lost
                };
            }

            var kept = ranking.Update(articles, terms, vocabulary);
            var fresh = RelatedArticles.Compute(articles, terms, vocabulary, 5);
            for (var i = 0; i < ArticleCount; i++)
            {
                Assert.True(
                    fresh[i].Select(a => a.Slug).SequenceEqual(kept[i].Select(a => a.Slug)),
                    $"round {round}, {articles[i].Slug}: kept [{string.Join(", ", kept[i].Select(a => a.Slug))}], from scratch [{string.Join(", ", fresh[i].Select(a => a.Slug))}]");
            }
        }
    }

    [Fact]
    public void A_changed_theme_ranks_again_by_the_new_theme()
    {
        using var folder = new TempFolder();
        var articles = Load(folder);
        var vocabulary = new Vocabulary();
        var terms = articles.Select(_ => (IReadOnlyList<TermCount>)[new TermCount(vocabulary.Id("same"), 1)]).ToArray();
        var ranking = new RelatedArticles(3);
        ranking.Update(articles, terms, vocabulary);

        File.WriteAllText(folder.Combine("input", "articles", "a-0000.md"), Article(0, theme: 1));
        var reloaded = SiteLoader.Load(new ReaderSettings(), folder.Combine("input"), new DiagnosticBag());
        var kept = ranking.Update(reloaded.Articles, terms, vocabulary);
        var fresh = RelatedArticles.Compute(reloaded.Articles, terms, vocabulary, 3);

        Assert.Equal(fresh.Select(r => string.Join(" ", r.Select(a => a.Slug))), kept.Select(r => string.Join(" ", r.Select(a => a.Slug))));
    }

    [Fact]
    public void An_article_given_a_new_body_is_listed_as_its_new_version_wherever_it_is_related()
    {
        using var folder = new TempFolder();
        var articles = Load(folder).ToArray();
        var vocabulary = new Vocabulary();
        var random = new Random(5);
        var terms = articles.Select(_ => RandomTerms(random, vocabulary)).ToArray();
        var ranking = new RelatedArticles(5);
        var before = ranking.Update(articles, terms, vocabulary);

        // A body edit keeps the article's front matter, so its words (here) and its place are all that can move.
        var old = before[0][0];
        var at = Array.IndexOf(articles, old);
        articles[at] = old.WithBody("Edited."u8.ToArray());
        var after = ranking.Update(articles, terms, vocabulary);

        Assert.Equal(before.Select(r => string.Join(" ", r.Select(a => a.Slug))), after.Select(r => string.Join(" ", r.Select(a => a.Slug))));
        Assert.DoesNotContain(after, r => r.Contains(old));
        Assert.Contains(after, r => r.Contains(articles[at]));
    }

    private static IReadOnlyList<Article> Load(TempFolder folder)
    {
        var input = folder.Combine("input");
        Directory.CreateDirectory(Path.Combine(input, "articles"));
        Directory.CreateDirectory(Path.Combine(input, "themes"));
        File.WriteAllText(Path.Combine(input, "index.md"), "---\ntitle: Related\n---\n");
        for (var t = 0; t < 6; t++)
        {
            File.WriteAllText(Path.Combine(input, "themes", $"t{t}.md"), $"---\ntitle: Theme {t}\n---\n");
        }

        for (var i = 0; i < ArticleCount; i++)
        {
            File.WriteAllText(Path.Combine(input, "articles", $"a-{i:D4}.md"), Article(i, theme: i % 6));
        }

        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(new ReaderSettings(), input, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return site.Articles;
    }

    private static string Article(int i, int theme) =>
        $"---\ntitle: Article {i}\nauthors: [Person {i % 25}]\ndate: {2000 + (i % 20)}-01-{1 + (i % 28):D2}\nthemes: [t{theme}]\n---\nBody.\n";

    /// <summary>30–60 distinct words, the lower word numbers far more likely, as in real text.</summary>
    private static IReadOnlyList<TermCount> RandomTerms(Random random, Vocabulary vocabulary)
    {
        var words = new SortedDictionary<int, int>();
        var distinct = random.Next(30, 61);
        while (words.Count < distinct)
        {
            var word = (int)(WordCount * Math.Pow(random.NextDouble(), 2));
            words[word] = words.GetValueOrDefault(word) + 1 + random.Next(4);
        }

        return [.. words.Select(w => new TermCount(vocabulary.Id($"w{w.Key}"), w.Value))];
    }
}
