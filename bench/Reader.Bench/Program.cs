using Reader.Bench;

// reader-bench corpus N DIR: writes DIR/reader (a Reader project's input/) and DIR/hugo (the same content for Hugo).
if (args is ["corpus", var count, var target] && int.TryParse(count, out var n) && n > 0)
{
    var corpus = CorpusGenerator.Generate(n, seed: 20261122);
    CorpusWriter.WriteReader(corpus, Path.Combine(target, "reader"));
    CorpusWriter.WriteHugo(corpus, Path.Combine(target, "hugo"));
    Console.WriteLine($"corpus: {corpus.Articles.Count} articles, {corpus.Authors.Count} authors, {corpus.Themes.Count} themes in {target}");
    return 0;
}

Console.Error.WriteLine("usage: reader-bench corpus N DIR");
return 2;
