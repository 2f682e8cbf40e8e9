namespace Reader.Bench;

/// <summary>A generated collection: the same articles, people and themes are written for Reader and for Hugo.</summary>
public sealed record Corpus(IReadOnlyList<CorpusArticle> Articles, IReadOnlyList<string> Authors, IReadOnlyList<string> Themes);

public sealed record CorpusArticle(string Slug, string Title, DateOnly Date, IReadOnlyList<string> Authors, IReadOnlyList<string> Themes, string Summary, string Body);
