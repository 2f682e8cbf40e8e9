using Reader.Content;
using Reader.Ingest.People;

namespace Reader.Ingest.Tests.People;

public sealed class PersonCandidatesTests
{
    private static readonly HashSet<string> Nobody = new(StringComparer.Ordinal);

    private static PersonCandidates Candidates(IEnumerable<NameSpelling>? people = null, IEnumerable<NameSpelling>? authors = null) =>
        new(new NameFinder(NameWords.Default), people ?? [], authors ?? []);

    [Fact]
    public void Proposes_a_name_mentioned_in_several_articles_and_not_one_mentioned_in_one()
    {
        var candidates = Candidates();
        candidates.Add("input/articles/a.md", "President Vladimir Putin came. Prime Minister Taro Aso spoke.", Nobody);
        candidates.Add("input/articles/b.md", "Later President Putin left.", Nobody);

        var result = Assert.Single(candidates.Result());
        Assert.Equal("Vladimir Putin", result.Name);
        Assert.Equal(["input/articles/a.md", "input/articles/b.md"], result.Articles);
        Assert.Equal(2, result.Mentions);
        Assert.Equal(["after a title"], result.Evidence);
        Assert.Equal("reader new person \"Vladimir Putin\"", result.Command);
    }

    [Fact]
    public void Never_proposes_someone_a_person_file_already_covers_in_any_spelling()
    {
        var key = PersonName.Key("Vladimir Putin");
        var candidates = Candidates(people: [NameSpelling.Parse("Vladimir Putin", key), NameSpelling.Parse("Putin", key), NameSpelling.Parse("Путин*", key)]);
        candidates.Add("a.md", "President Vladimir Putin came.", Nobody);
        candidates.Add("b.md", "President Putin left.", Nobody);
        candidates.Add("c.md", "Президент Путин уехал.", Nobody);
        candidates.Add("d.md", "Президента Путина нет.", Nobody);

        Assert.Empty(candidates.Result());
    }

    [Fact]
    public void Proposes_an_author_mentioned_in_articles_they_did_not_write_but_not_in_their_own()
    {
        var key = PersonName.Key("Kazuhiko Togo");
        var authors = new[] { new NameSpelling("Kazuhiko Togo", key) };

        var own = Candidates(authors: authors);
        own.Add("a.md", "As Kazuhiko Togo argued.", new HashSet<string>([key], StringComparer.Ordinal));
        own.Add("b.md", "As Kazuhiko Togo argued.", new HashSet<string>([key], StringComparer.Ordinal));
        Assert.Empty(own.Result());

        var others = Candidates(authors: authors);
        others.Add("a.md", "As Kazuhiko Togo argued.", Nobody);
        others.Add("b.md", "As Kazuhiko Togo argued.", Nobody);
        var candidate = Assert.Single(others.Result());
        Assert.Equal("Kazuhiko Togo", candidate.Name);
        Assert.Contains("author", candidate.Evidence);
    }

    [Fact]
    public void Orders_by_articles_then_mentions_then_name()
    {
        var candidates = Candidates();
        candidates.Add("a.md", "President Barack Obama and Chancellor Angela Merkel met Premier Li Keqiang.", Nobody);
        candidates.Add("b.md", "President Barack Obama and Chancellor Angela Merkel met Premier Li Keqiang. Chancellor Angela Merkel left.", Nobody);
        candidates.Add("c.md", "President Barack Obama spoke.", Nobody);

        Assert.Equal(["Barack Obama", "Angela Merkel", "Li Keqiang"], candidates.Result().Select(c => c.Name));
    }
}
